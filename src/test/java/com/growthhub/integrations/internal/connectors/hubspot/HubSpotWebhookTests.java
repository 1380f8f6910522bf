package com.growthhub.integrations.internal.connectors.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.growthhub.integrations.internal.connectors.InboundWebhook.Change;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;

class HubSpotWebhookTests {

	private static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";

	private static final String URL = "https://crm.example.com/api/v1/integrations/hubspot/webhook";

	private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");

	private static final String BODY = """
			[{"eventId":100,"subscriptionId":2001,"portalId":62515,"appId":1160452,"occurredAt":1764734390000,
			  "subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":501,"changeSource":"CRM",
			  "propertyName":"firstname","propertyValue":"Ada"},
			 {"eventId":101,"subscriptionId":2002,"portalId":62515,"appId":1160452,"occurredAt":1764734390000,
			  "subscriptionType":"contact.creation","attemptNumber":0,"objectId":502,"changeSource":"CRM"},
			 {"eventId":102,"subscriptionId":2003,"portalId":62515,"appId":1160452,"occurredAt":1764734390000,
			  "subscriptionType":"contact.deletion","attemptNumber":0,"objectId":503,"changeSource":"CRM"},
			 {"eventId":103,"subscriptionId":2004,"portalId":62515,"appId":1160452,"occurredAt":1764734390000,
			  "subscriptionType":"deal.creation","attemptNumber":0,"objectId":9,"changeSource":"CRM"}]
			""";

	private final HubSpotWebhook webhook = new HubSpotWebhook(
			new HubSpotSettings("client-id", SECRET, "http://localhost", "http://localhost/authorize"),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void acceptsARightSignatureAndNamesTheContacts() {
		String timestamp = Long.toString(NOW.minusSeconds(30).toEpochMilli());

		assertThat(this.webhook.verify(URL, headers(sign("POST" + URL + BODY + timestamp), timestamp), bytes(BODY)))
			.containsExactly(new Change("62515", "501", false), new Change("62515", "502", false),
					new Change("62515", "503", true));
	}

	@Test
	void signsTheUriWithReservedCharactersDecoded() {
		String timestamp = Long.toString(NOW.toEpochMilli());
		String signed = sign("POST" + URL + "?source=a:b" + BODY + timestamp);

		assertThat(this.webhook.verify(URL + "?source=a%3Ab", headers(signed, timestamp), bytes(BODY))).hasSize(3);
	}

	@Test
	void refusesAWrongSignature() {
		String timestamp = Long.toString(NOW.toEpochMilli());
		String signature = sign("POST" + URL + BODY + timestamp);

		assertThatThrownBy(() -> this.webhook.verify(URL, headers(signature, timestamp), bytes(BODY.replace("501", "666"))))
			.isInstanceOf(InvalidWebhookException.class);
		assertThatThrownBy(() -> this.webhook.verify(URL, headers("not base64!", timestamp), bytes(BODY)))
			.isInstanceOf(InvalidWebhookException.class);
		assertThatThrownBy(() -> this.webhook.verify(URL, headers("abc", timestamp), bytes(BODY)))
			.isInstanceOf(InvalidWebhookException.class);
	}

	@Test
	void refusesADeliveryOlderThanFiveMinutes() {
		String timestamp = Long.toString(NOW.minusSeconds(301).toEpochMilli());

		assertThatThrownBy(() -> this.webhook.verify(URL, headers(sign("POST" + URL + BODY + timestamp), timestamp), bytes(BODY)))
			.isInstanceOf(InvalidWebhookException.class)
			.hasMessageContaining("older than five minutes");
	}

	@Test
	void refusesAMissingSignature() {
		assertThatThrownBy(() -> this.webhook.verify(URL, Map.of(), bytes(BODY))).isInstanceOf(InvalidWebhookException.class);
	}

	private static Map<String, String> headers(String signature, String timestamp) {
		return Map.of("x-hubspot-signature-v3", signature, "x-hubspot-request-timestamp", timestamp, "content-type",
				"application/json");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
