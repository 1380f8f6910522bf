package com.growthhub.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.PlatformSettings;

/**
 * Keys derived from one installation secret: {@code growthhub.secret-key} when configured,
 * otherwise a random secret created once and kept in the database so every node shares it.
 */
@Component
public class InstallationSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] master;

	InstallationSecrets(PlatformSettings settings, JdbcClient jdbc) {
		String configured = settings.secretKey();
		this.master = (configured != null && !configured.isBlank() ? configured : stored(jdbc))
			.getBytes(StandardCharsets.UTF_8);
	}

	private static String stored(JdbcClient jdbc) {
		jdbc.sql("insert into platform_secrets (name, value) values ('master', ?) on conflict do nothing")
			.param(randomToken(48))
			.update();
		return jdbc.sql("select value from platform_secrets where name = 'master'").query(String.class).single();
	}

	/** A key for one purpose, e.g. "jwt"; different purposes never share a key. */
	public byte[] key(String purpose) {
		return hmac(master, purpose);
	}

	/**
	 * The key for {@code purpose} that {@link #key} derived while {@code secret} was the installation secret: lets a
	 * store encrypted under an earlier secret be opened and sealed again under the current one.
	 */
	public static byte[] keyOf(String secret, String purpose) {
		return hmac(secret.getBytes(StandardCharsets.UTF_8), purpose);
	}

	/** A keyed hash of a low-entropy secret such as a six-digit code: useless without the installation secret. */
	public String pepperedHash(String purpose, String value) {
		return HexFormat.of().formatHex(hmac(key(purpose), value));
	}

	/** SHA-256 of a high-entropy random token (session, reset, invitation and API tokens). */
	public static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A URL-safe random token with {@code bytes} bytes of entropy. */
	public static String randomToken(int bytes) {
		byte[] buffer = new byte[bytes];
		RANDOM.nextBytes(buffer);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
	}

	public static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] hmac(byte[] key, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
