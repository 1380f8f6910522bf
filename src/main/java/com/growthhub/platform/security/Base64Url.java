package com.growthhub.platform.security;

import java.util.Base64;
import java.util.Optional;

/**
 * URL-safe Base64 without padding for the signed tokens in links and passes, read strictly: Java's decoder ignores
 * the unused low bits of a last character, so "abcB" and "abcA" can decode to the same bytes. A token is accepted
 * only in the one spelling that encodes its bytes, so a changed character is always a different token.
 */
public final class Base64Url {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private Base64Url() {
	}

	public static String encode(byte[] bytes) {
		return ENCODER.encodeToString(bytes);
	}

	/** The bytes the text spells, or empty when it is not URL-safe Base64 or not the spelling {@link #encode} writes. */
	public static Optional<byte[]> decode(String text) {
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return encode(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
	}
}
