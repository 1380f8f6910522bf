package com.growthhub.integrations.internal.webhooks;

import static com.growthhub.integrations.internal.webhooks.SubscriptionRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.platform.web.PageCursor;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The delivery queue and log in SQL; callers hold the transaction (the organization's, or the system's to claim). */
@Repository
class DeliveryRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	DeliveryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A message to queue: the same id, type and payload go to every subscription that wants it. */
	record Message(String messageId, String eventKey, String type, String payload, Instant occurredAt) {
	}

	/** Queues the message for a subscription, once per event key; answers the new delivery's id, if queued. */
	Optional<UUID> enqueue(UUID organization, UUID subscription, Message message, @Nullable UUID replayOf) {
		UUID id = com.growthhub.shared.Ids.next();
		int inserted = jdbc.sql("""
				insert into webhook_deliveries (id, organization_id, subscription_id, message_id, event_key, event_type,
				                                payload, occurred_at, next_attempt_at, replay_of)
				values (?, ?, ?, ?, ?, ?, ?, ?, now(), ?)
				on conflict (subscription_id, event_key) do nothing
				""").params(id, organization, subscription, message.messageId(), message.eventKey(), message.type(),
				message.payload(), Timestamp.from(message.occurredAt()), replayOf).update();
		return inserted == 1 ? Optional.of(id) : Optional.empty();
	}

	/** A delivery claimed for one attempt. */
	record Claimed(UUID id, UUID organization, UUID subscription, String url, UUID secretId, String messageId,
			String payload, int attempt, Instant firstQueuedAt) {
	}

	/**
	 * Claims up to {@code limit} due deliveries of enabled subscriptions (and the tests and replays a person asked for,
	 * whatever the subscription's state), across organizations, for {@code lease}: rows
	 * another node holds are skipped, and a row whose node died before the lease ran out is due again.
	 */
	List<Claimed> claim(int limit, Duration lease) {
		return jdbc.sql("""
				with due as (
				    select d.id from webhook_deliveries d
				    join webhook_subscriptions s on s.id = d.subscription_id
				                             and (s.enabled or d.event_type = 'webhook.test' or d.replay_of is not null)
				    where d.status = 'PENDING' and d.next_attempt_at <= now()
				      and (d.locked_until is null or d.locked_until < now())
				    order by d.next_attempt_at
				    limit ? for update of d skip locked)
				update webhook_deliveries d set locked_until = now() + make_interval(secs => ?), attempts = d.attempts + 1
				from due, webhook_subscriptions s
				where d.id = due.id and s.id = d.subscription_id
				returning d.id, d.organization_id, d.subscription_id, s.url, s.secret_id, d.message_id, d.payload,
				          d.attempts, d.created_at
				""").params(limit, (double) lease.toMillis() / 1000)
			.query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getInt(8),
					rs.getTimestamp(9).toInstant()))
			.list();
	}

	/** What one attempt sent and got back. */
	record Attempt(Map<String, String> requestHeaders, @Nullable Integer responseStatus, @Nullable String responseBody,
			int durationMs, @Nullable String error, Instant at) {
	}

	void delivered(UUID id, Attempt attempt) {
		record(id, attempt, DeliveryStatus.DELIVERED, null);
	}

	void retryAt(UUID id, Attempt attempt, Instant next) {
		record(id, attempt, DeliveryStatus.PENDING, next);
	}

	void failed(UUID id, Attempt attempt) {
		record(id, attempt, DeliveryStatus.FAILED, null);
	}

	private void record(UUID id, Attempt attempt, DeliveryStatus status, @Nullable Instant next) {
		String headers = JSON.writeValueAsString(attempt.requestHeaders());
		jdbc.sql("""
				insert into webhook_delivery_attempts (id, organization_id, delivery_id, attempt, attempted_at, request_headers,
				                                       response_status, response_body, duration_ms, error, next_attempt_at)
				select ?, organization_id, id, attempts, ?, ?, ?, ?, ?, ?, ? from webhook_deliveries where id = ?
				""").params(com.growthhub.shared.Ids.next(), Timestamp.from(attempt.at()), headers, attempt.responseStatus(),
				attempt.responseBody(), attempt.durationMs(), attempt.error(), next == null ? null : Timestamp.from(next), id)
			.update();
		jdbc.sql("""
				update webhook_deliveries set status = ?, next_attempt_at = ?, locked_until = null, request_headers = ?,
				       response_status = ?, response_body = ?, duration_ms = ?, error = ?, last_attempt_at = ?,
				       delivered_at = case when ? = 'DELIVERED' then ? else delivered_at end
				where id = ?
				""").params(status.name(), next == null ? null : Timestamp.from(next), headers,
				attempt.responseStatus(), attempt.responseBody(), attempt.durationMs(), attempt.error(),
				Timestamp.from(attempt.at()), status.name(), Timestamp.from(attempt.at()), id).update();
	}

	/** Forgets finished deliveries older than {@code keep}, across organizations, a batch at a time; answers how many. */
	int forgetFinished(Duration keep, int limit) {
		return jdbc.sql("""
				delete from webhook_deliveries where id in (
				    select id from webhook_deliveries
				    where status in ('DELIVERED', 'FAILED') and created_at < now() - make_interval(secs => ?)
				    limit ? for update skip locked)
				""").params((double) keep.toSeconds(), limit).update();
	}

	Optional<DeliveryView> find(UUID organization, UUID id) {
		return jdbc.sql("select * from webhook_deliveries where organization_id = ? and id = ?").params(organization, id)
			.query(DeliveryRepository::view).optional();
	}

	/** Every attempt of a delivery, first to last. */
	List<DeliveryView.AttemptView> attempts(UUID organization, UUID delivery) {
		return jdbc.sql("""
				select attempt, attempted_at, response_status, duration_ms, error, next_attempt_at from webhook_delivery_attempts
				where organization_id = ? and delivery_id = ? order by attempt, attempted_at
				""").params(organization, delivery)
			.query((rs, n) -> new DeliveryView.AttemptView(rs.getInt(1), rs.getTimestamp(2).toInstant(),
					(Integer) rs.getObject(3), rs.getInt(4), rs.getString(5), instant(rs, "next_attempt_at")))
			.list();
	}

	/** A subscription's log, newest first, keyset-paged. */
	List<DeliveryView> page(UUID organization, UUID subscription, @Nullable PageCursor after, int limit) {
		if (after == null) {
			return jdbc.sql("""
					select * from webhook_deliveries where organization_id = ? and subscription_id = ?
					order by created_at desc, id desc limit ?
					""").params(organization, subscription, limit).query(DeliveryRepository::view).list();
		}
		return jdbc.sql("""
				select * from webhook_deliveries where organization_id = ? and subscription_id = ?
				  and (created_at, id) < (?, ?)
				order by created_at desc, id desc limit ?
				""").params(organization, subscription, Timestamp.from(after.instant()), after.id(), limit)
			.query(DeliveryRepository::view).list();
	}

	private static DeliveryView view(ResultSet rs, int row) throws SQLException {
		String headers = rs.getString("request_headers");
		return new DeliveryView(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
				rs.getString("message_id"), rs.getString("event_type"), DeliveryStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				headers == null ? null : JSON.readValue(headers, new TypeReference<Map<String, String>>() {
				}), rs.getString("payload"), (Integer) rs.getObject("response_status"), rs.getString("response_body"),
				(Integer) rs.getObject("duration_ms"), rs.getString("error"), instant(rs, "occurred_at"),
				instant(rs, "created_at"), instant(rs, "last_attempt_at"), instant(rs, "delivered_at"),
				rs.getObject("replay_of", UUID.class), null);
	}
}
