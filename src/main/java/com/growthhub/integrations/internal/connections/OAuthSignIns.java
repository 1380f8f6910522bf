package com.growthhub.integrations.internal.connections;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.Connector.AuthorizationRequest;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * OAuth sign-ins under way: a random {@code state} bound to the person who started it (and, for pages, to their
 * session by the caller), a PKCE verifier whose S256 challenge goes to the provider, ten minutes to come back, once.
 * Only the state's hash is stored, so a leaked table cannot complete anyone's sign-in.
 */
@Component
class OAuthSignIns {

	private static final Duration LIFETIME = Duration.ofMinutes(10);

	private final SecureRandom random = new SecureRandom();
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	OAuthSignIns(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	AuthorizationRequest begin(OrganizationId organization, Actor actor, Provider provider, URI redirectUri) {
		String state = randomText();
		String verifier = randomText();
		transactions.run(organization, actor, () -> {
			jdbc.sql("delete from integration_oauth_states where organization_id = ? and expires_at < now()")
				.param(organization.value()).update();
			jdbc.sql("""
					insert into integration_oauth_states (state_hash, organization_id, provider, user_id, code_verifier,
					  redirect_uri, expires_at) values (?, ?, ?, ?, ?, ?, ?)
					""").params(hash(state), organization.value(), provider.name(), actor.requireUserId(), verifier,
					redirectUri.toString(), Timestamp.from(Instant.now().plus(LIFETIME))).update();
		});
		return new AuthorizationRequest(state, challenge(verifier), redirectUri);
	}

	record Pending(String codeVerifier, URI redirectUri) {
	}

	/** Spends the state: refused when unknown, another person's, another provider's, expired or already used. */
	Pending complete(OrganizationId organization, Actor actor, Provider provider, String state) {
		UUID user = actor.requireUserId();
		record Row(String provider, UUID userId, String verifier, String redirectUri, Instant expiresAt) {
		}
		return transactions.call(organization, actor, () -> jdbc.sql("""
				delete from integration_oauth_states where state_hash = ? and organization_id = ?
				returning provider, user_id, code_verifier, redirect_uri, expires_at
				""").params(hash(state), organization.value())
			.query((rs, n) -> new Row(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.optional()
			.filter(row -> row.provider().equals(provider.name()) && row.userId().equals(user)
					&& row.expiresAt().isAfter(Instant.now()))
			.map(row -> new Pending(row.verifier(), URI.create(row.redirectUri())))
			.orElseThrow(() -> IntegrationInputException.field("state",
					"is not a sign-in this person started in the last ten minutes, or was already used")));
	}

	static String challenge(String verifier) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
	}

	private String randomText() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hash(String state) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(state));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
