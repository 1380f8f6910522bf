package com.growthhub.integrations.internal.connectors.ctm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import com.growthhub.integrations.internal.connectors.InvalidWebhookException;

/**
 * A delivery's {@code X-CTM-Signature}: the lower-case hex HMAC-SHA256 of the raw body keyed with the account's API
 * secret key, the secret CallTrackingMetrics and GrowthHub share (an optional {@code sha256=} prefix is accepted).
 * Compared in constant time.
 */
final class CtmWebhookSignature {

	static final String HEADER = "x-ctm-signature";

	private CtmWebhookSignature() {
	}

	static String sign(String secretKey, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	static void verify(String secretKey, @Nullable String signature, byte[] body) {
		if (signature == null || signature.isBlank()) {
			throw new InvalidWebhookException("The delivery has no X-CTM-Signature header.");
		}
		String given = signature.strip().toLowerCase(Locale.ROOT);
		if (given.startsWith("sha256=")) {
			given = given.substring("sha256=".length());
		}
		byte[] expected = sign(secretKey, body).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
			throw new InvalidWebhookException("The delivery's X-CTM-Signature does not match its body.");
		}
	}
}
