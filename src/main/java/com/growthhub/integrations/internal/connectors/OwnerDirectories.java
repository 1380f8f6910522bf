package com.growthhub.integrations.internal.connectors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The owners (users) of provider accounts, by email, kept for a few minutes per account: a sync crosses owners as
 * emails, and a run of a thousand pages then asks the provider for its owners once, not once a page or a record.
 * Accounts are told apart by a digest of their token, never the token itself.
 */
@Component
public class OwnerDirectories {

	private static final Duration KEPT = Duration.ofMinutes(5);

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	/** The account's directory, read with {@code load} (owner id by email) when not kept or older than five minutes. */
	public Directory of(Provider provider, ProviderCredentials credentials, Supplier<Map<String, String>> load) {
		String key = provider.key() + "|" + digest(credentials.accessToken() + "|" + credentials.instanceUrl());
		Kept found = this.kept.get(key);
		Instant now = this.clock.instant();
		if (found != null && found.at().plus(KEPT).isAfter(now)) {
			return found.directory();
		}
		this.kept.values().removeIf(entry -> !entry.at().plus(KEPT).isAfter(now));
		Map<String, String> byEmail = new HashMap<>();
		load.get().forEach((email, id) -> byEmail.put(email.toLowerCase(Locale.ROOT), id));
		Directory directory = Directory.of(byEmail);
		this.kept.put(key, new Kept(directory, now));
		return directory;
	}

	private static String digest(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Kept(Directory directory, Instant at) {
	}

	/** Owner ids by lower-case email, and the way back (looked up for every record of a page). */
	public record Directory(Map<String, String> idByEmail, Map<String, String> emailById) {

		static Directory of(Map<String, String> idByEmail) {
			Map<String, String> emailById = new HashMap<>();
			idByEmail.forEach((email, id) -> emailById.putIfAbsent(id, email));
			return new Directory(Map.copyOf(idByEmail), Map.copyOf(emailById));
		}

		public Optional<String> idFor(@Nullable String email) {
			return email == null ? Optional.empty() : Optional.ofNullable(this.idByEmail.get(email.toLowerCase(Locale.ROOT)));
		}

		public Optional<String> emailOf(@Nullable String id) {
			return id == null ? Optional.empty() : Optional.ofNullable(this.emailById.get(id));
		}
	}
}
