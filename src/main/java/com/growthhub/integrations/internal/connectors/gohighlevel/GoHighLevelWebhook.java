package com.growthhub.integrations.internal.connectors.gohighlevel;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.InboundWebhook;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;
import com.growthhub.integrations.internal.connectors.Provider;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HighLevel's webhooks, signed with HighLevel's private key over the raw body: {@code x-ghl-signature} (Ed25519, the
 * scheme HighLevel moved to in July 2026) when that key is configured, else the legacy {@code x-wh-signature}
 * (RSA-SHA256). A delivery older than five minutes by its {@code timestamp}, or whose {@code webhookId} was seen
 * before, is refused. ContactCreate, ContactUpdate and ContactDelete become changes of the location.
 */
@Component
class GoHighLevelWebhook implements InboundWebhook {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private static final Map<String, Boolean> DELETED_BY_TYPE = Map.of("ContactCreate", false, "ContactUpdate", false,
			"ContactDelete", true, "ContactDndUpdate", false, "ContactTagUpdate", false);

	private final @Nullable PublicKey rsaKey;

	private final @Nullable PublicKey ed25519Key;

	private final BiPredicate<String, String> firstTime;

	private final Clock clock;

	@Autowired
	GoHighLevelWebhook(GoHighLevelSettings settings, SeenWebhooks seen) {
		this(settings, seen::firstTime, Clock.systemUTC());
	}

	GoHighLevelWebhook(GoHighLevelSettings settings, BiPredicate<String, String> firstTime, Clock clock) {
		this.rsaKey = key(settings.webhookPublicKey(), "RSA");
		this.ed25519Key = key(settings.webhookEd25519PublicKey(), "Ed25519");
		this.firstTime = firstTime;
		this.clock = clock;
	}

	@Override
	public Provider provider() {
		return Provider.GOHIGHLEVEL;
	}

	@Override
	public List<Change> verify(String requestUrl, Map<String, String> headers, byte[] body) {
		checkSignature(headers, body);
		JsonNode event = json(body);
		checkAge(event.path("timestamp").asString(""));
		String webhookId = event.path("webhookId").asString("");
		if (webhookId.isBlank()) {
			throw new InvalidWebhookException("The HighLevel delivery has no webhookId");
		}
		if (!this.firstTime.test(Provider.GOHIGHLEVEL.key(), webhookId)) {
			throw new InvalidWebhookException("The HighLevel delivery " + webhookId + " was already received");
		}
		Boolean deleted = DELETED_BY_TYPE.get(event.path("type").asString(""));
		String location = event.path("locationId").asString("");
		String contact = event.path("id").asString(event.path("contactId").asString(""));
		if (deleted == null || location.isBlank() || contact.isBlank()) {
			return List.of();
		}
		return List.of(new Change(location, contact, deleted));
	}

	private void checkSignature(Map<String, String> headers, byte[] body) {
		String ed25519 = headers.get("x-ghl-signature");
		String rsa = headers.get("x-wh-signature");
		if (ed25519 != null && this.ed25519Key != null) {
			require(verifies("Ed25519", this.ed25519Key, ed25519, body));
		}
		else if (rsa != null && this.rsaKey != null) {
			require(verifies("SHA256withRSA", this.rsaKey, rsa, body));
		}
		else if (ed25519 == null && rsa == null) {
			throw new InvalidWebhookException("The HighLevel signature is missing");
		}
		else {
			throw new InvalidWebhookException("HighLevel's public key for this signature is not configured "
					+ "(GROWTHHUB_INTEGRATIONS_GOHIGHLEVEL_WEBHOOK_PUBLIC_KEY or _WEBHOOK_ED25519_PUBLIC_KEY)");
		}
	}

	private static void require(boolean verified) {
		if (!verified) {
			throw new InvalidWebhookException("The HighLevel signature does not match");
		}
	}

	private static boolean verifies(String algorithm, PublicKey key, String signature, byte[] body) {
		try {
			Signature verifier = Signature.getInstance(algorithm);
			verifier.initVerify(key);
			verifier.update(body);
			return verifier.verify(Base64.getDecoder().decode(signature.trim()));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return false;
		}
	}

	private void checkAge(String timestamp) {
		Instant sent;
		try {
			sent = Instant.parse(timestamp);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidWebhookException("The HighLevel delivery has no valid timestamp");
		}
		if (Duration.between(sent, this.clock.instant()).abs().compareTo(MAX_AGE) > 0) {
			throw new InvalidWebhookException("The HighLevel delivery is older than five minutes");
		}
	}

	private static JsonNode json(byte[] body) {
		try {
			JsonNode event = JsonMapper.shared().readTree(body);
			if (!event.isObject()) {
				throw new InvalidWebhookException("The HighLevel delivery is not a JSON object");
			}
			return event;
		}
		catch (JacksonException ex) {
			throw new InvalidWebhookException("The HighLevel delivery is not JSON");
		}
	}

	/** A PEM public key ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo); null when not set. */
	static @Nullable PublicKey key(@Nullable String pem, String algorithm) {
		if (pem == null || pem.isBlank()) {
			return null;
		}
		String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new IllegalStateException("The configured HighLevel " + algorithm + " webhook key is not a PEM public key", ex);
		}
	}
}
