package com.growthhub.integrations.internal.webhooks;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.integrations.internal.vault.SecretId;

/** Subscriptions in SQL; callers hold the organization's transaction. */
@Repository
class SubscriptionRepository {

	private static final String SELECT = """
			select s.id, s.url, s.description, s.event_types, s.enabled, s.disabled_reason, s.created_at, s.updated_at,
			       d.id as last_id, d.status as last_status, d.response_status as last_response,
			       coalesce(d.last_attempt_at, d.created_at) as last_at
			from webhook_subscriptions s
			left join lateral (select id, status, response_status, last_attempt_at, created_at from webhook_deliveries
			                   where organization_id = s.organization_id and subscription_id = s.id
			                   order by created_at desc, id desc limit 1) d on true
			""";

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a person writes on a subscription. */
	record Fields(String url, @Nullable String description, List<WebhookEventType> events, boolean enabled) {
	}

	void insert(UUID organization, UUID id, Fields fields, SecretId secret, @Nullable UUID createdBy) {
		jdbc.sql("""
				insert into webhook_subscriptions (id, organization_id, url, description, event_types, enabled, secret_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, organization, fields.url(), fields.description(), keys(fields.events()), fields.enabled(),
				secret.value(), createdBy).update();
	}

	/** Enabling again forgets the failures that disabled it. */
	void update(UUID organization, UUID id, Fields fields) {
		jdbc.sql("""
				update webhook_subscriptions set url = ?, description = ?, event_types = ?, enabled = ?, updated_at = now(),
				       disabled_reason = case when ? then null else disabled_reason end,
				       consecutive_failures = case when ? and not enabled then 0 else consecutive_failures end,
				       failing_since = case when ? and not enabled then null else failing_since end
				where organization_id = ? and id = ?
				""").params(fields.url(), fields.description(), keys(fields.events()), fields.enabled(), fields.enabled(),
				fields.enabled(), fields.enabled(), organization, id).update();
	}

	void delete(UUID organization, UUID id) {
		jdbc.sql("delete from webhook_subscriptions where organization_id = ? and id = ?").params(organization, id).update();
	}

	Optional<WebhookView> find(UUID organization, UUID id) {
		return jdbc.sql(SELECT + " where s.organization_id = ? and s.id = ?").params(organization, id)
			.query(SubscriptionRepository::view).optional();
	}

	List<WebhookView> list(UUID organization) {
		return jdbc.sql(SELECT + " where s.organization_id = ? order by s.created_at desc, s.id desc limit 500")
			.param(organization).query(SubscriptionRepository::view).list();
	}

	/** The enabled subscriptions, for queuing an event. */
	List<WebhookView> enabled(UUID organization) {
		return jdbc.sql("""
				select id, url, description, event_types, enabled, disabled_reason, created_at, updated_at,
				       null as last_id, null as last_status, null as last_response, null as last_at
				from webhook_subscriptions s where organization_id = ? and enabled
				""").param(organization).query(SubscriptionRepository::view).list();
	}

	Optional<SecretId> secretOf(UUID organization, UUID id) {
		return jdbc.sql("select secret_id from webhook_subscriptions where organization_id = ? and id = ?")
			.params(organization, id).query((rs, n) -> SecretId.of(rs.getObject(1, UUID.class))).optional();
	}

	/** A delivery reached the receiver: the subscription is healthy again. */
	void succeeded(UUID id) {
		jdbc.sql("""
				update webhook_subscriptions set consecutive_failures = 0, failing_since = null
				where id = ? and consecutive_failures > 0
				""").param(id).update();
	}

	/**
	 * Counts a failed attempt; answers whether the subscription has now failed {@code limit} times in a row, the first of
	 * them at least {@code failingFor} ago.
	 */
	boolean failed(UUID id, int limit, java.time.Duration failingFor) {
		return jdbc.sql("""
				update webhook_subscriptions set consecutive_failures = consecutive_failures + 1,
				       failing_since = coalesce(failing_since, now())
				where id = ?
				returning consecutive_failures >= ? and failing_since <= now() - make_interval(secs => ?)
				""").params(id, limit, (double) failingFor.toMillis() / 1000).query(Boolean.class).optional().orElse(false);
	}

	/** Disables an enabled subscription; answers whether this call did (so its owners hear of it once). */
	boolean disable(UUID id, String reason) {
		return jdbc.sql("""
				update webhook_subscriptions set enabled = false, disabled_reason = ?, updated_at = now()
				where id = ? and enabled
				""").params(reason, id).update() == 1;
	}

	private static String[] keys(List<WebhookEventType> events) {
		return events.stream().map(WebhookEventType::key).distinct().sorted().toArray(String[]::new);
	}

	private static WebhookView view(ResultSet rs, int row) throws SQLException {
		Array array = rs.getArray("event_types");
		List<WebhookEventType> events = Arrays.stream((String[]) array.getArray())
			.map(key -> WebhookEventType.valueOf(key.toUpperCase(java.util.Locale.ROOT)))
			.toList();
		UUID lastId = rs.getObject("last_id", UUID.class);
		WebhookView.LastDelivery last = lastId == null ? null
				: new WebhookView.LastDelivery(lastId, DeliveryStatus.valueOf(rs.getString("last_status")),
						(Integer) rs.getObject("last_response"), instant(rs, "last_at"));
		return new WebhookView(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("description"),
				events.isEmpty(), events, rs.getBoolean("enabled"), rs.getString("disabled_reason"), false, null, null,
				last, instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
