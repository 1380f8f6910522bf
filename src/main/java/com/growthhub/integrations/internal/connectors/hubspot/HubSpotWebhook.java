package com.growthhub.integrations.internal.connectors.hubspot;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.InboundWebhook;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;
import com.growthhub.integrations.internal.connectors.Provider;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HubSpot's webhooks, signed with version 3 of its scheme: {@code X-HubSpot-Signature-v3} is the Base64 HMAC-SHA256,
 * keyed with the app's client secret, of the method, the URI HubSpot called, the raw body and
 * {@code X-HubSpot-Request-Timestamp} (milliseconds), and a timestamp older than five minutes is refused. The body is
 * an array of events; contact creations, property changes, restores and deletions become changes of the portal.
 */
@Component
class HubSpotWebhook implements InboundWebhook {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private static final Set<String> DELETIONS = Set.of("contact.deletion", "contact.privacyDeletion");

	private static final Set<String> UPDATES = Set.of("contact.creation", "contact.propertyChange", "contact.restore");

	/** HubSpot signs the URI with these characters decoded; a proxy or framework may hand them over encoded. */
	private static final Map<String, String> DECODED = Map.ofEntries(Map.entry("%3A", ":"), Map.entry("%2F", "/"),
			Map.entry("%3F", "?"), Map.entry("%40", "@"), Map.entry("%21", "!"), Map.entry("%24", "$"),
			Map.entry("%27", "'"), Map.entry("%28", "("), Map.entry("%29", ")"), Map.entry("%2A", "*"),
			Map.entry("%2C", ","), Map.entry("%3B", ";"));

	private final HubSpotSettings settings;

	private final Clock clock;

	@Autowired
	HubSpotWebhook(HubSpotSettings settings) {
		this(settings, Clock.systemUTC());
	}

	HubSpotWebhook(HubSpotSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Provider provider() {
		return Provider.HUBSPOT;
	}

	@Override
	public List<Change> verify(String requestUrl, Map<String, String> headers, byte[] body) {
		String secret = this.settings.clientSecret();
		if (secret == null || secret.isBlank()) {
			throw new InvalidWebhookException("HubSpot webhooks need the app's client secret, which is not set");
		}
		String signature = headers.get("x-hubspot-signature-v3");
		String timestamp = headers.get("x-hubspot-request-timestamp");
		if (signature == null || timestamp == null) {
			throw new InvalidWebhookException("The HubSpot signature or its timestamp is missing");
		}
		checkAge(timestamp);
		String signed = "POST" + decoded(requestUrl) + new String(body, StandardCharsets.UTF_8) + timestamp;
		if (!MessageDigest.isEqual(sign(secret, signed), base64(signature))) {
			throw new InvalidWebhookException("The HubSpot signature does not match");
		}
		return changes(body);
	}

	private void checkAge(String timestamp) {
		long sent;
		try {
			sent = Long.parseLong(timestamp.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidWebhookException("The HubSpot timestamp is not a number");
		}
		if (Math.abs(this.clock.millis() - sent) > MAX_AGE.toMillis()) {
			throw new InvalidWebhookException("The HubSpot delivery is older than five minutes");
		}
	}

	private static byte[] base64(String signature) {
		try {
			return Base64.getDecoder().decode(signature.trim());
		}
		catch (IllegalArgumentException notBase64) {
			return new byte[0];
		}
	}

	private static byte[] sign(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String decoded(String url) {
		String result = url;
		for (Map.Entry<String, String> entry : DECODED.entrySet()) {
			result = result.replace(entry.getKey(), entry.getValue()).replace(entry.getKey().toLowerCase(), entry.getValue());
		}
		return result;
	}

	private static List<Change> changes(byte[] body) {
		JsonNode events;
		try {
			events = JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidWebhookException("The HubSpot delivery is not JSON");
		}
		List<Change> changes = new ArrayList<>();
		for (JsonNode event : events) {
			String type = event.path("subscriptionType").asString("");
			boolean deleted = DELETIONS.contains(type);
			if ((deleted || UPDATES.contains(type)) && event.path("portalId").isNumber() && event.path("objectId").isNumber()) {
				Change change = new Change(event.path("portalId").asString(), event.path("objectId").asString(), deleted);
				if (!changes.contains(change)) {
					changes.add(change);
				}
			}
		}
		return changes;
	}
}
