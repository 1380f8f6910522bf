package com.growthhub.masterclasses;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.masterclasses.internal.JoinTokens;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Rows of a recorded masterclass written straight into its tables (mc-core's and mc-live's schemas as pinned), for
 * transcript and insight tests that must not depend on the registration and live-room flows.
 */
final class InsightFixtures {

	private static final Actor TEST = new Actor.Job("test");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final OrganizationId organization;

	InsightFixtures(JdbcClient jdbc, TenantTransactions transactions, OrganizationId organization) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.organization = organization;
	}

	/** A free (priceCents 0) or paid class that was live from {@code liveStart} for an hour, with an agenda. */
	UUID masterclass(String title, Instant liveStart, long priceCents, @Nullable UUID bookingPageId) {
		UUID id = UUID.randomUUID();
		run("""
				insert into masterclasses (id, organization_id, slug, title, agenda, starts_at, ends_at, price_cents,
				  currency, status, booking_page_id, live_started_at, live_ended_at)
				values (?, ?, ?, ?, '[{"minute":0,"title":"Welcome"},{"minute":30,"title":"Pricing"}]'::jsonb, ?, ?, ?,
				  'EUR', 'ended', ?, ?, ?)
				""", id, organization.value(), "mc-" + id.toString().substring(0, 13), title, ts(liveStart),
				ts(liveStart.plusSeconds(3600)), priceCents, bookingPageId, ts(liveStart), ts(liveStart.plusSeconds(3600)));
		return id;
	}

	/** A registration with a seat; answers its join token. */
	String registration(UUID masterclassId, UUID registrationId, @Nullable UUID contactId, String funnelStatus) {
		String token = JoinTokens.newToken();
		run("""
				insert into masterclass_registrations (id, organization_id, masterclass_id, contact_id, name, email,
				  funnel_status, has_seat, join_token_hash)
				values (?, ?, ?, ?, 'Viewer', ?, ?, true, ?)
				""", registrationId, organization.value(), masterclassId, contactId, registrationId + "@example.com",
				funnelStatus, JoinTokens.hash(token));
		return token;
	}

	void liveSession(UUID masterclassId, UUID registrationId, Instant joined, Instant lastSeen) {
		run("""
				insert into masterclass_viewer_sessions (organization_id, masterclass_id, registration_id, mode, joined_at,
				  last_seen_at, seconds_watched)
				values (?, ?, ?, 'live', ?, ?, ?)
				""", organization.value(), masterclassId, registrationId, ts(joined), ts(lastSeen),
				(int) (lastSeen.getEpochSecond() - joined.getEpochSecond()));
	}

	void chat(UUID masterclassId, UUID registrationId, int mediaSeconds, String body, boolean question) {
		run("""
				insert into masterclass_chat_messages (organization_id, masterclass_id, registration_id, author_name, body,
				  is_question, media_seconds)
				values (?, ?, ?, 'Viewer', ?, ?, ?)
				""", organization.value(), masterclassId, registrationId, body, question, mediaSeconds);
	}

	UUID offer(UUID masterclassId, String kind, String text, int mediaSeconds) {
		UUID id = UUID.randomUUID();
		run("""
				insert into masterclass_notifications (id, organization_id, masterclass_id, kind, text, media_time_seconds)
				values (?, ?, ?, ?, ?, ?)
				""", id, organization.value(), masterclassId, kind, text, mediaSeconds);
		return id;
	}

	void click(UUID masterclassId, UUID notificationId, UUID registrationId, int mediaSeconds) {
		run("""
				insert into masterclass_offer_clicks (organization_id, masterclass_id, notification_id, registration_id,
				  media_seconds)
				values (?, ?, ?, ?, ?)
				""", organization.value(), masterclassId, notificationId, registrationId, mediaSeconds);
	}

	/**
	 * A free class live from {@code live} for an hour: six seats, four live viewers of whom two left around 32:10,
	 * two questions in the chat, an offer clicked twice by one viewer; funnel: 1 scheduled, 3 attended, 2 registered.
	 */
	UUID recordedSession(Instant live) {
		UUID masterclass = masterclass("Pricing masterclass", live, 0, null);
		String[] statuses = { "scheduled", "attended", "attended", "attended", "registered", "registered" };
		java.util.List<UUID> viewers = new java.util.ArrayList<>();
		for (String status : statuses) {
			UUID registration = UUID.randomUUID();
			registration(masterclass, registration, null, status);
			viewers.add(registration);
		}
		liveSession(masterclass, viewers.get(0), live.plusSeconds(5), live.plusSeconds(3600));
		liveSession(masterclass, viewers.get(1), live.plusSeconds(5), live.plusSeconds(3590));
		liveSession(masterclass, viewers.get(2), live.plusSeconds(60), live.plusSeconds(1925));
		liveSession(masterclass, viewers.get(3), live.plusSeconds(60), live.plusSeconds(1935));
		chat(masterclass, viewers.get(0), 100, "Is there a discount on the price?", true);
		chat(masterclass, viewers.get(1), 200, "What does the price include?", true);
		chat(masterclass, viewers.get(1), 210, "great price", false);
		UUID offer = offer(masterclass, "offer", "Early bird: 20% off", 2400);
		click(masterclass, offer, viewers.get(0), 2410);
		click(masterclass, offer, viewers.get(0), 2420);
		return masterclass;
	}

	private void run(String sql, Object... params) {
		transactions.run(TenantScope.system(TEST), () -> jdbc.sql(sql).params(params).update());
	}

	private static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}
}
