package com.growthhub.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Role;
import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;

/**
 * Personal access tokens for programs: bound to one user in one organization, shown once, stored
 * as a SHA-256 hash. A token acts with its user's current role there.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "ghp_";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ApiTokens(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public record TokenView(UUID id, String name, String tokenPrefix, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant lastUsedAt) {
	}

	public record Created(TokenView token, String secret) {
	}

	public List<TokenView> mine(CurrentUser user) {
		return transactions.call(SignedInScope.of(user), () -> jdbc.sql("""
				select id, name, token_prefix, created_at, expires_at, last_used_at from api_tokens
				where organization_id = ? and user_id = ? and revoked_at is null order by created_at desc
				""").params(user.organizationId(), user.userId()).query(TokenView.class).list());
	}

	public Created create(CurrentUser user, String name, @Nullable Instant expiresAt) {
		String secret = PREFIX + InstallationSecrets.randomToken(30);
		UUID id = Ids.next();
		return transactions.call(SignedInScope.of(user), () -> {
			jdbc.sql("""
					insert into api_tokens (id, organization_id, user_id, name, token_hash, token_prefix, expires_at)
					values (?, ?, ?, ?, ?, ?, ?)
					""")
				.params(id, user.organizationId(), user.userId(), name.strip(), InstallationSecrets.sha256(secret),
						secret.substring(0, 8), expiresAt == null ? null : java.sql.Timestamp.from(expiresAt))
				.update();
			TokenView view = jdbc.sql("select id, name, token_prefix, created_at, expires_at, last_used_at from api_tokens where id = ?")
				.param(id)
				.query(TokenView.class)
				.single();
			return new Created(view, secret);
		});
	}

	public void revoke(CurrentUser user, UUID id) {
		int changed = transactions.call(SignedInScope.of(user), () -> jdbc.sql("""
				update api_tokens set revoked_at = now()
				where id = ? and organization_id = ? and user_id = ? and revoked_at is null
				""").params(id, user.organizationId(), user.userId()).update());
		if (changed == 0) {
			throw NotFoundException.of("API token");
		}
	}

	/**
	 * Revokes every live token of a person in every organization: a new password (changed or reset) says the old
	 * credentials may be known to someone else, and a token is a credential that outlives sessions.
	 */
	public int revokeAllOf(UUID userId) {
		return transactions.call(TenantScope.system(new Actor.User(userId)),
				() -> jdbc.sql("update api_tokens set revoked_at = now() where user_id = ? and revoked_at is null")
					.param(userId)
					.update());
	}

	/** Revokes the presented token itself (signing out with it); false when {@code id} is not a live token of the user. */
	public boolean revokePresented(CurrentUser user) {
		return transactions.call(SignedInScope.of(user), () -> jdbc.sql("""
				update api_tokens set revoked_at = now()
				where id = ? and organization_id = ? and user_id = ? and revoked_at is null
				""").params(user.sessionId(), user.organizationId(), user.userId()).update()) > 0;
	}

	/** The signed-in identity behind a presented token, if it is live and its user still a member. */
	public Optional<CurrentUser> authenticate(String secret) {
		if (!secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		return transactions.call(TenantScope.system(new Actor.Anonymous()), () -> {
			Optional<CurrentUser> user = jdbc.sql("""
					select t.id, t.organization_id, u.id as user_id, u.email, u.first_name, u.last_name, m.role
					from api_tokens t
					join users u on u.id = t.user_id
					join memberships m on m.user_id = t.user_id and m.organization_id = t.organization_id
					where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
					""").param(InstallationSecrets.sha256(secret)).query((rs, n) -> new CurrentUser(
					rs.getObject("user_id", UUID.class), rs.getString("email"), rs.getString("first_name"),
					rs.getString("last_name"), rs.getObject("organization_id", UUID.class),
					Role.valueOf(rs.getString("role")), rs.getObject("id", UUID.class))).optional();
			user.ifPresent(u -> jdbc.sql("""
					update api_tokens set last_used_at = now()
					where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')
					""").param(u.sessionId()).update());
			return user;
		});
	}
}
