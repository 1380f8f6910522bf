package com.growthhub.integrations.internal.connectors.monday;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import com.growthhub.integrations.internal.connectors.InvalidWebhookException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JWT Monday.com puts in a webhook's {@code Authorization} header: HS256, signed with the app's signing secret.
 * Only that algorithm is accepted (a token naming {@code none} or another is refused), and an expired one is refused.
 */
public final class MondayWebhookToken {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MondayWebhookToken() {
	}

	public static void verify(@Nullable String authorization, String signingSecret, Instant now) {
		if (signingSecret.isBlank()) {
			throw new InvalidWebhookException("Monday.com webhooks are refused until the app's signing secret is configured.");
		}
		if (authorization == null || authorization.isBlank()) {
			throw new InvalidWebhookException("The delivery carries no Authorization token.");
		}
		String token = authorization.strip().replaceFirst("(?i)^Bearer\\s+", "");
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			throw new InvalidWebhookException("The delivery's Authorization is not a JWT.");
		}
		try {
			JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
			if (!"HS256".equals(header.path("alg").asString(""))) {
				throw new InvalidWebhookException("The delivery's JWT is not signed with HS256.");
			}
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
			byte[] given = Base64.getUrlDecoder().decode(parts[2]);
			if (!MessageDigest.isEqual(expected, given)) {
				throw new InvalidWebhookException("The delivery's JWT signature is wrong.");
			}
			JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
			if (claims.has("exp") && claims.path("exp").asLong() < now.getEpochSecond()) {
				throw new InvalidWebhookException("The delivery's JWT has expired.");
			}
		}
		catch (InvalidWebhookException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new InvalidWebhookException("The delivery's JWT cannot be read.");
		}
	}
}
