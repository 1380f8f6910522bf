package com.growthhub.integrations.internal.connectors.gohighlevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.growthhub.integrations.internal.connectors.InboundWebhook.Change;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;

class GoHighLevelWebhookTests {

	private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");

	private static final KeyPair RSA = generate("RSA");

	private static final KeyPair ED25519 = generate("Ed25519");

	private final Set<String> seen = new HashSet<>();

	private final GoHighLevelWebhook webhook = new GoHighLevelWebhook(new GoHighLevelSettings(null, null, "http://localhost",
			"http://localhost", pem(RSA), pem(ED25519)), (provider, id) -> this.seen.add(provider + "/" + id),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void acceptsTheRsaSignatureOverTheRawBody() {
		byte[] body = event("ContactCreate", "wh-1", NOW.minusSeconds(20));

		assertThat(this.webhook.verify("https://crm.example.com/hook", Map.of("x-wh-signature", sign("SHA256withRSA", RSA.getPrivate(), body)), body))
			.containsExactly(new Change("ve9EPM428h8vShlRW1KT", "nmFmQEsNgz6AVpgLVUJ0", false));
	}

	@Test
	void acceptsTheEd25519SignatureAndReportsDeletions() {
		byte[] body = event("ContactDelete", "wh-2", NOW);

		assertThat(this.webhook.verify("https://crm.example.com/hook", Map.of("x-ghl-signature", sign("Ed25519", ED25519.getPrivate(), body),
				"x-wh-signature", "ignored-when-the-newer-one-is-there"), body))
			.containsExactly(new Change("ve9EPM428h8vShlRW1KT", "nmFmQEsNgz6AVpgLVUJ0", true));
	}

	@Test
	void refusesAWrongOrMissingSignature() {
		byte[] body = event("ContactUpdate", "wh-3", NOW);
		KeyPair stranger = generate("RSA");

		assertThatThrownBy(() -> this.webhook.verify("u", Map.of("x-wh-signature", sign("SHA256withRSA", stranger.getPrivate(), body)), body))
			.isInstanceOf(InvalidWebhookException.class).hasMessageContaining("does not match");
		assertThatThrownBy(() -> this.webhook.verify("u", Map.of("x-wh-signature", "@@not base64@@"), body))
			.isInstanceOf(InvalidWebhookException.class);
		assertThatThrownBy(() -> this.webhook.verify("u", Map.of(), body)).isInstanceOf(InvalidWebhookException.class)
			.hasMessageContaining("missing");
		assertThat(this.seen).isEmpty();
	}

	@Test
	void refusesADeliveryOlderThanFiveMinutes() {
		byte[] body = event("ContactUpdate", "wh-4", NOW.minusSeconds(301));

		assertThatThrownBy(() -> this.webhook.verify("u", Map.of("x-wh-signature", sign("SHA256withRSA", RSA.getPrivate(), body)), body))
			.isInstanceOf(InvalidWebhookException.class).hasMessageContaining("older than five minutes");
	}

	@Test
	void refusesAReplayedDelivery() {
		byte[] body = event("ContactUpdate", "wh-5", NOW);
		Map<String, String> headers = Map.of("x-wh-signature", sign("SHA256withRSA", RSA.getPrivate(), body));

		assertThat(this.webhook.verify("u", headers, body)).hasSize(1);
		assertThatThrownBy(() -> this.webhook.verify("u", headers, body)).isInstanceOf(InvalidWebhookException.class)
			.hasMessageContaining("already received");
	}

	private static byte[] event(String type, String webhookId, Instant timestamp) {
		return """
				{"type":"%s","locationId":"ve9EPM428h8vShlRW1KT","id":"nmFmQEsNgz6AVpgLVUJ0","firstName":"John",
				 "email":"john@deo.com","dateAdded":"2021-11-26T12:41:02.193Z","timestamp":"%s","webhookId":"%s"}
				""".formatted(type, timestamp, webhookId).getBytes(StandardCharsets.UTF_8);
	}

	private static String sign(String algorithm, PrivateKey key, byte[] body) {
		try {
			Signature signer = Signature.getInstance(algorithm);
			signer.initSign(key);
			signer.update(body);
			return Base64.getEncoder().encodeToString(signer.sign());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pem(KeyPair pair) {
		return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
	}

	private static KeyPair generate(String algorithm) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
			if (algorithm.equals("RSA")) {
				generator.initialize(2048);
			}
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
