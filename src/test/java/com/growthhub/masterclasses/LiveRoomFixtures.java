package com.growthhub.masterclasses;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Masterclasses and registrations with join tokens, written straight into the core part's tables for room tests. */
public record LiveRoomFixtures(JdbcClient jdbc, TenantTransactions transactions) {

	public record Registrant(UUID id, String name, String email, String token) {
	}

	public UUID masterclass(OrganizationId organization, @Nullable UUID host, String status, int thresholdMinutes,
			@Nullable UUID bookingPageId) {
		UUID id = UUID.randomUUID();
		String slug = "live-" + id.toString().substring(0, 8);
		Instant start = "published".equals(status) ? Instant.now().plusSeconds(3600) : Instant.now().minusSeconds(60);
		system(() -> jdbc.sql("""
				insert into masterclasses (id, organization_id, slug, title, agenda, host_user_id, starts_at, ends_at, status,
				  stream_kind, stream_url, booking_page_id, attendance_threshold_minutes, live_started_at, live_ended_at)
				values (?, ?, ?, ?, '[{"minute":0,"title":"Welcome"},{"minute":20,"title":"Pricing"}]'::jsonb, ?, ?, ?, ?,
				  'hls', 'https://cdn.example.com/live/index.m3u8', ?, ?, ?, ?)
				""").params(id, organization.value(), slug, "Growth masterclass " + slug, host,
						java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plusSeconds(7200)), status, bookingPageId,
						thresholdMinutes, "published".equals(status) ? null : java.sql.Timestamp.from(start),
						"ended".equals(status) ? java.sql.Timestamp.from(Instant.now()) : null)
			.update());
		return id;
	}

	public Registrant register(OrganizationId organization, UUID masterclassId, String name) {
		UUID id = UUID.randomUUID();
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "-" + id.toString().substring(0, 6) + "@example.com";
		system(() -> jdbc.sql("""
				insert into masterclass_registrations (id, organization_id, masterclass_id, name, email, funnel_status,
				  has_seat, join_token_hash) values (?, ?, ?, ?, ?, 'registered', true, ?)
				""").params(id, organization.value(), masterclassId, name, email, hash(token)).update());
		return new Registrant(id, name, email, token);
	}

	public String slug(UUID masterclassId) {
		return system(() -> jdbc.sql("select slug from masterclasses where id = ?").param(masterclassId).query(String.class).single());
	}

	public String funnelStatus(UUID registrationId) {
		return system(() -> jdbc.sql("select funnel_status from masterclass_registrations where id = ?").param(registrationId)
			.query(String.class).single());
	}

	public void setStatus(UUID masterclassId, String status) {
		system(() -> jdbc.sql("update masterclasses set status = ?, live_started_at = coalesce(live_started_at, now()) where id = ?")
			.params(status, masterclassId).update());
	}

	/** Moves the registrant's open session's last heartbeat back, as if time had passed since. */
	public void ageSessions(UUID registrationId, int seconds) {
		system(() -> jdbc.sql("update masterclass_viewer_sessions set last_seen_at = last_seen_at - make_interval(secs => ?),"
				+ " joined_at = joined_at - make_interval(secs => ?) where registration_id = ?")
			.params(seconds, seconds, registrationId).update());
	}

	public <T> T system(java.util.function.Supplier<T> work) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), work);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
