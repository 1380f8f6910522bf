package com.growthhub.integrations.internal.providerhttp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One call to a provider as the retry and rate-limit logic sees it: what it does (in words, for messages and logs),
 * the token it carries (only to mask it and to name the account), the account its rate limits count against, whether
 * it can be repeated after a server error, and the limits it spends.
 */
public record ProviderCall(String purpose, String token, String account, boolean idempotent, List<RateLimit> limits) {

	/** A call whose limits count per access token, which stands for one connection. */
	public static ProviderCall of(String purpose, String token, boolean idempotent, RateLimit... limits) {
		return new ProviderCall(purpose, token, fingerprint(token), idempotent, List.of(limits));
	}

	/** The same call counted against another account key (a GoHighLevel location, a Salesforce org). */
	public ProviderCall countedAgainst(String otherAccount) {
		return new ProviderCall(this.purpose, this.token, otherAccount, this.idempotent, this.limits);
	}

	/** Names an account by its token without keeping the token in a map key or a log line. */
	public static String fingerprint(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Text from the provider with the token blanked out, should the provider echo it. */
	String masked(String text) {
		return this.token.isEmpty() ? text : text.replace(this.token, "****");
	}

	@Override
	public String toString() {
		return "ProviderCall[" + this.purpose + ", account " + this.account + "]";
	}
}
