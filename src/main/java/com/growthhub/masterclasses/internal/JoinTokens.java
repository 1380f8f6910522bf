package com.growthhub.masterclasses.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A registrant's personal join token: 32 random bytes, base64url without padding, carried by the join link
 * {@code /mc/{slug}/live?join=TOKEN}. Only its {@link #hash} is stored, so a leaked table opens no live room.
 */
public final class JoinTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private JoinTokens() {
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Lowercase hex SHA-256 of the token's UTF-8 bytes: the {@code join_token_hash} column. */
	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The path of the personal join link, relative to the installation's base URL. */
	public static String joinPath(String slug, String token) {
		return "/mc/" + slug + "/live?join=" + token;
	}
}
