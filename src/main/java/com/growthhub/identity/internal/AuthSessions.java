package com.growthhub.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.identity.Role;
import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.shared.Ids;

/**
 * Sign-in sessions and their refresh-token families. Every browser or API sign-in is one row;
 * revoking it ends the browser session or kills the refresh token and every access token issued
 * under it. Sessions end after 90 days whatever happens.
 */
@Component
public class AuthSessions {

	static final Duration ABSOLUTE_LIFETIME = Duration.ofDays(90);

	/**
	 * How long a rotated refresh token may be presented again and get the same successor: two tabs or two threads of
	 * one client refreshing at once must not sign the person out. Later reuse still revokes the session.
	 */
	static final Duration REUSE_GRACE = Duration.ofSeconds(30);

	private final JdbcClient jdbc;
	private final InstallationSecrets secrets;

	AuthSessions(JdbcClient jdbc, InstallationSecrets secrets) {
		this.jdbc = jdbc;
		this.secrets = secrets;
	}

	public enum Channel {
		BROWSER, API
	}

	public record SessionView(UUID id, Channel channel, @Nullable String userAgent, @Nullable String ipAddress,
			Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
	}

	/** What a request's session check finds: whether it is alive and the user's role in the organization. */
	public record SessionState(boolean active, @Nullable Role role, String email, String firstName, String lastName) {
	}

	record Rotation(UUID sessionId, UUID userId, @Nullable UUID organizationId, String refreshToken) {
	}

	sealed interface RefreshOutcome {
		record Rotated(Rotation rotation) implements RefreshOutcome {
		}

		record Rejected() implements RefreshOutcome {
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	UUID start(UUID userId, @Nullable UUID organizationId, Channel channel, ClientInfo client) {
		UUID id = Ids.next();
		jdbc.sql("""
				insert into auth_sessions (id, user_id, organization_id, channel, user_agent, ip_address, expires_at)
				values (?, ?, ?, ?, ?, ?, now() + make_interval(days => ?))
				""")
			.params(id, userId, organizationId, channel.name(), client.userAgent(), client.ipAddress(),
					(int) ABSOLUTE_LIFETIME.toDays())
			.update();
		return id;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String issueRefreshToken(UUID sessionId) {
		String token = "ghr_" + InstallationSecrets.randomToken(32);
		jdbc.sql("insert into refresh_tokens (id, session_id, token_hash) values (?, ?, ?)")
			.params(Ids.next(), sessionId, InstallationSecrets.sha256(token))
			.update();
		return token;
	}

	/**
	 * The token that replaces {@code token} when it is rotated: derived with a keyed hash, so a second refresh racing
	 * the first within {@link #REUSE_GRACE} gets the very same successor instead of revoking the session, and nobody
	 * without the installation secret can compute it.
	 */
	private String successorOf(String token) {
		return "ghr_" + secrets.pepperedHash("refresh-rotation", token);
	}

	/** The person a live refresh token belongs to, to check a requested organization before rotating anything. */
	@Transactional(readOnly = true)
	Optional<UUID> userOf(String refreshToken) {
		return jdbc.sql("""
				select s.user_id from refresh_tokens t join auth_sessions s on s.id = t.session_id
				where t.token_hash = ? and s.revoked_at is null
				""").param(InstallationSecrets.sha256(refreshToken)).query(UUID.class).optional();
	}

	/**
	 * Rotates a refresh token. Presenting one that was already rotated means it was stolen or
	 * replayed: the whole family (the session) is revoked, unless it was rotated moments ago and its successor is
	 * still unused (a concurrent refresh), which gets that successor. Runs in its own transaction so the
	 * revocation holds although the caller answers 401.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	RefreshOutcome refresh(String refreshToken, @Nullable UUID organizationId) {
		record Found(UUID id, UUID sessionId, @Nullable Instant rotatedAt, UUID userId, @Nullable Instant revokedAt,
				Instant expiresAt, @Nullable UUID organizationId) {
		}
		Optional<Found> found = jdbc.sql("""
				select t.id, t.session_id, t.rotated_at, s.user_id, s.revoked_at, s.expires_at, s.organization_id
				from refresh_tokens t join auth_sessions s on s.id = t.session_id
				where t.token_hash = ? for update of t, s
				""").param(InstallationSecrets.sha256(refreshToken)).query(Found.class).optional();
		if (found.isEmpty()) {
			return new RefreshOutcome.Rejected();
		}
		Found token = found.get();
		boolean alive = token.revokedAt() == null && token.expiresAt().isAfter(Instant.now());
		String successor = successorOf(refreshToken);
		if (token.rotatedAt() != null) {
			boolean racing = alive && token.rotatedAt().isAfter(Instant.now().minus(REUSE_GRACE))
					&& jdbc.sql("select rotated_at is null from refresh_tokens where token_hash = ?")
						.param(InstallationSecrets.sha256(successor))
						.query(Boolean.class)
						.optional()
						.orElse(false);
			if (racing) {
				return new RefreshOutcome.Rotated(
						new Rotation(token.sessionId(), token.userId(), token.organizationId(), successor));
			}
			revoke(token.sessionId(), "refresh token reused");
			return new RefreshOutcome.Rejected();
		}
		if (!alive) {
			return new RefreshOutcome.Rejected();
		}
		jdbc.sql("update refresh_tokens set rotated_at = now() where id = ?").param(token.id()).update();
		UUID organization = organizationId != null ? organizationId : token.organizationId();
		jdbc.sql("update auth_sessions set last_seen_at = now(), organization_id = ? where id = ?")
			.params(organization, token.sessionId())
			.update();
		jdbc.sql("insert into refresh_tokens (id, session_id, token_hash) values (?, ?, ?)")
			.params(Ids.next(), token.sessionId(), InstallationSecrets.sha256(successor))
			.update();
		return new RefreshOutcome.Rotated(new Rotation(token.sessionId(), token.userId(), organization, successor));
	}

	/**
	 * One query per request: is the session alive, and which role does its user hold in the organization — as a member,
	 * or through the agency that manages it (a client account)?
	 */
	@Transactional(readOnly = true)
	public SessionState state(UUID sessionId, @Nullable UUID organizationId) {
		return jdbc.sql("""
				select s.revoked_at is null and s.expires_at > now() as active,
				       coalesce(m.role, agency_role_in(?, s.user_id)) as role, u.email, u.first_name, u.last_name
				from auth_sessions s
				join users u on u.id = s.user_id
				left join memberships m on m.user_id = s.user_id and m.organization_id = ?
				where s.id = ?
				""")
			.params(organizationId, organizationId, sessionId)
			.query((rs, n) -> new SessionState(rs.getBoolean("active"),
					rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")), rs.getString("email"),
					rs.getString("first_name"), rs.getString("last_name")))
			.optional()
			.orElse(new SessionState(false, null, "", "", ""));
	}

	@Transactional
	public boolean revoke(UUID sessionId, String reason) {
		return jdbc.sql("update auth_sessions set revoked_at = now(), revoked_reason = ? where id = ? and revoked_at is null")
			.params(reason, sessionId)
			.update() > 0;
	}

	@Transactional
	public boolean revokeOwn(UUID userId, UUID sessionId) {
		return jdbc.sql("""
				update auth_sessions set revoked_at = coalesce(revoked_at, now()), revoked_reason = coalesce(revoked_reason, 'signed out elsewhere')
				where id = ? and user_id = ? and expires_at > now()
				""").params(sessionId, userId).update() > 0;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int revokeAllExcept(UUID userId, @Nullable UUID keep, String reason) {
		return jdbc.sql("""
				update auth_sessions set revoked_at = now(), revoked_reason = ?
				where user_id = ? and revoked_at is null and (cast(? as uuid) is null or id <> ?)
				""").params(reason, userId, keep, keep).update();
	}

	@Transactional(readOnly = true)
	public List<SessionView> active(UUID userId) {
		return jdbc.sql("""
				select id, channel, user_agent, ip_address, created_at, last_seen_at, expires_at from auth_sessions
				where user_id = ? and revoked_at is null and expires_at > now() order by last_seen_at desc limit 100
				""").param(userId).query(SessionView.class).list();
	}

	@Transactional
	public void touch(UUID sessionId) {
		jdbc.sql("update auth_sessions set last_seen_at = now() where id = ? and last_seen_at < now() - interval '1 minute'")
			.param(sessionId)
			.update();
	}
}
