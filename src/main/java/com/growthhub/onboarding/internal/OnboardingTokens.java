package com.growthhub.onboarding.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** Invitation links: only their hashes are stored. Callers open the transaction (the agency's, or system for look-ups). */
@Repository
class OnboardingTokens {

	private final JdbcClient jdbc;

	OnboardingTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A link as the database knows it; {@code state} already accounts for expiry. */
	public record Link(UUID id, OrganizationId agency, UUID profileId, TokenState state, Instant expiresAt) {
	}

	/** A fresh link: the token to email, never stored. */
	record Issued(String token, Instant expiresAt) {
	}

	/** Revokes the profile's active links and issues a new one, valid until {@code expiresAt}. */
	Issued issue(OrganizationId agency, UUID profileId, Instant expiresAt, boolean reminded) {
		revokeActive(agency, profileId);
		String token = InstallationSecrets.randomToken(32);
		jdbc.sql("""
				insert into onboarding_tokens (id, organization_id, profile_id, token_hash, expires_at, reminded_at)
				values (?, ?, ?, ?, ?, case when ? then now() end)
				""").params(Ids.next(), agency.value(), profileId, InstallationSecrets.sha256(token),
				java.sql.Timestamp.from(expiresAt), reminded).update();
		return new Issued(token, expiresAt);
	}

	/** In a system transaction: whose link this is, and its state; UNKNOWN when no link has this token. */
	Link find(String token) {
		return jdbc.sql("""
				select id, organization_id, profile_id, expires_at,
				       case when status = 'active' and expires_at <= now() then 'expired' else status end as state
				from onboarding_tokens where token_hash = ?
				""").param(InstallationSecrets.sha256(token))
			.query((rs, n) -> new Link(rs.getObject("id", UUID.class),
					OrganizationId.of(rs.getObject("organization_id", UUID.class)), rs.getObject("profile_id", UUID.class),
					TokenState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
					rs.getTimestamp("expires_at").toInstant()))
			.optional()
			.orElseGet(() -> new Link(new UUID(0, 0), OrganizationId.of(new UUID(0, 0)), new UUID(0, 0),
					TokenState.UNKNOWN, Instant.EPOCH));
	}

	/** Consumes the link if it is still active and unexpired; answers whether this call did. */
	boolean consume(OrganizationId agency, UUID id) {
		return jdbc.sql("""
				update onboarding_tokens set status = 'consumed', consumed_at = now()
				where organization_id = ? and id = ? and status = 'active' and expires_at > now()
				""").params(agency.value(), id).update() == 1;
	}

	void revokeActive(OrganizationId agency, UUID profileId) {
		jdbc.sql("""
				update onboarding_tokens set status = 'revoked', revoked_at = now()
				where organization_id = ? and profile_id = ? and status = 'active'
				""").params(agency.value(), profileId).update();
	}

	/** The latest link of a profile, for the agency's page: its state and expiry. */
	java.util.Optional<Link> latest(OrganizationId agency, UUID profileId) {
		return jdbc.sql("""
				select id, organization_id, profile_id, expires_at,
				       case when status = 'active' and expires_at <= now() then 'expired' else status end as state
				from onboarding_tokens where organization_id = ? and profile_id = ? order by created_at desc, id desc limit 1
				""").params(agency.value(), profileId)
			.query((rs, n) -> new Link(rs.getObject("id", UUID.class),
					OrganizationId.of(rs.getObject("organization_id", UUID.class)), rs.getObject("profile_id", UUID.class),
					TokenState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
					rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	/**
	 * In a system transaction: claims the active links that expire within {@code before} and were not reminded yet,
	 * marking them reminded, so that two nodes never remind twice.
	 */
	List<Link> claimDueForReminder(Duration before, int limit) {
		return jdbc.sql("""
				update onboarding_tokens set reminded_at = now()
				where id in (select id from onboarding_tokens
				             where status = 'active' and reminded_at is null and expires_at > now()
				               and expires_at <= now() + make_interval(secs => ?)
				             order by expires_at limit ? for update skip locked)
				returning id, organization_id, profile_id, expires_at
				""").params(before.toSeconds(), limit)
			.query((rs, n) -> new Link(rs.getObject("id", UUID.class),
					OrganizationId.of(rs.getObject("organization_id", UUID.class)), rs.getObject("profile_id", UUID.class),
					TokenState.ACTIVE, rs.getTimestamp("expires_at").toInstant()))
			.list();
	}
}
