package com.growthhub.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Mail through a WireMock Mailgun shaped like its documented {@code POST /v3/{domain}/messages} (multipart form,
 * basic auth {@code api:<key>}, answering {@code {id, message}}), and Mailgun's tracking webhooks signed with
 * HMAC-SHA256 of timestamp + token: deliveries, opens and clicks counted, a hard bounce and a complaint block the
 * address, stale, replayed and badly signed deliveries refused.
 */
// Its context, the only one with this transport, closes after the class: alive beside another transport's context in
// the same JVM (see the pom's own-transport-jvm), the two would claim each other's queued mail.
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailgunIntegrationTests extends IdentityTestSupport {

	private static final String API_KEY = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0";

	private static final String SIGNING_KEY = "whsec-mailgun-signing-key-for-tests";

	private static final String DOMAIN = "mg.example.com";

	private static final WireMockServer MAILGUN = new WireMockServer(options().dynamicPort());

	static {
		MAILGUN.start();
	}

	@DynamicPropertySource
	static void mailgun(DynamicPropertyRegistry registry) {
		registry.add("growthhub.mailgun.api-key", () -> API_KEY);
		registry.add("growthhub.mailgun.domain", () -> DOMAIN);
		registry.add("growthhub.mailgun.base-url", MAILGUN::baseUrl);
		registry.add("growthhub.mailgun.webhook-signing-key", () -> SIGNING_KEY);
	}

	@Autowired
	Outbox outbox;

	String owner;

	OrganizationId organization;

	@BeforeAll
	void team() {
		MAILGUN.stubFor(post(urlEqualTo("/v3/" + DOMAIN + "/messages"))
			.willReturn(okJson("{\"id\":\"<20261203071500.1.ABCDEF@" + DOMAIN + ">\",\"message\":\"Queued. Thank you.\"}")));
		String ownerEmail = uniqueEmail("mailgun-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/organization", owner).text("id")));
	}

	@AfterAll
	void stop() {
		MAILGUN.stop();
	}

	@Test
	void sendsThroughMailgunAndCountsWhatItsWebhooksReport() {
		String to = uniqueEmail("mailgun-reader");
		UUID id = sentEmail(to);

		MAILGUN.verify(postRequestedFor(urlEqualTo("/v3/" + DOMAIN + "/messages"))
			.withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
				.encodeToString(("api:" + API_KEY).getBytes(StandardCharsets.UTF_8))))
			.withHeader("Content-Type", containing("multipart/form-data"))
			.withRequestBody(containing(to))
			.withRequestBody(containing("name=\"v:growthhub-message-id\""))
			.withRequestBody(containing(id.toString()))
			.withRequestBody(containing("name=\"text\""))
			.withRequestBody(containing("name=\"o:tracking\"")));
		// Mailgun tracks by itself: GrowthHub does not rewrite the links.
		assertThat(mailbox().latestBody(to, "notification").orElseThrow()).doesNotContain("/t/c/", "/t/o/");

		assertThat(webhook(event("delivered", id, null)).status()).isEqualTo(200);
		assertThat(email(id).path("status").asString()).isEqualTo("delivered");
		webhook(event("opened", id, null));
		webhook(event("opened", id, null));
		webhook(event("clicked", id, null));
		JsonNode tracked = email(id);
		assertThat(tracked.path("status").asString()).isEqualTo("clicked");
		assertThat(tracked.path("openCount").asInt()).isEqualTo(2);
		assertThat(tracked.path("clickCount").asInt()).isEqualTo(1);
		assertThat(tracked.path("deliveredAt").isNull()).isFalse();
		assertThat(tracked.path("transport").asString()).isEqualTo("mailgun");
	}

	@Test
	void aHardBounceBlocksTheAddressAndATemporaryOneDoesNot() {
		String to = uniqueEmail("mailgun-bouncing");
		UUID first = sentEmail(to);

		webhook(event("failed", first, "temporary"));
		assertThat(email(first).path("status").asString()).isEqualTo("sent");
		webhook(event("failed", first, "permanent"));
		JsonNode bounced = email(first);
		assertThat(bounced.path("status").asString()).isEqualTo("bounced");
		assertThat(bounced.path("lastError").asString()).contains("No such mailbox");

		JsonNode blocked = api().get("/api/v1/email-suppressions", owner).body().path("items");
		assertThat(blocked).anySatisfy(item -> {
			assertThat(item.path("address").asString()).isEqualTo(to);
			assertThat(item.path("reason").asString()).isEqualTo("bounced");
		});
		UUID next = transactions.call(TenantScope.organization(organization, new Actor.Job("test")),
				() -> outbox.enqueue(notification(to)));
		assertThat(email(next).path("status").asString()).isEqualTo("suppressed");
	}

	@Test
	void aComplaintBlocksTheAddressToo() {
		String to = uniqueEmail("mailgun-complaining");
		UUID id = sentEmail(to);

		webhook(event("complained", id, null));

		assertThat(email(id).path("status").asString()).isEqualTo("complained");
		assertThat(api().get("/api/v1/email-suppressions", owner).body().path("items"))
			.anySatisfy(item -> assertThat(item.path("reason").asString()).isEqualTo("complained"));
	}

	@Test
	void badlySignedStaleAndReplayedDeliveriesAreRefused() {
		UUID id = sentEmail(uniqueEmail("mailgun-refusals"));
		long now = Instant.now().getEpochSecond();

		Map<String, Object> forged = body(now, UUID.randomUUID().toString(), "0".repeat(64), "delivered", id, null);
		assertThat(api().post("/webhooks/mailgun", forged, null).status()).isEqualTo(401);

		String staleToken = UUID.randomUUID().toString();
		Map<String, Object> stale = body(now - 600, staleToken, sign(now - 600, staleToken), "delivered", id, null);
		assertThat(api().post("/webhooks/mailgun", stale, null).status()).isEqualTo(406);

		Map<String, Object> fresh = event("delivered", id, null);
		assertThat(api().post("/webhooks/mailgun", fresh, null).status()).isEqualTo(200);
		ApiClient.Response replayed = api().post("/webhooks/mailgun", fresh, null);
		assertThat(replayed.status()).isEqualTo(406);
		assertThat(replayed.text("detail")).contains("received before");
		assertThat(api().post("/webhooks/mailgun", "{\"event-data\":{}}", null).status()).isEqualTo(401);
	}

	private UUID sentEmail(String to) {
		UUID id = transactions.call(TenantScope.organization(organization, new Actor.Job("test")),
				() -> outbox.enqueue(notification(to)));
		await().atMost(Duration.ofSeconds(30)).until(() -> email(id).path("status").asString().equals("sent"));
		assertThat(email(id).path("transport").asString()).isEqualTo("mailgun");
		return id;
	}

	private EmailRequest notification(String to) {
		return new EmailRequest(organization, null, to, "notification", "A deal was assigned to you",
				Map.of("title", "A deal was assigned to you", "body", "Acme", "link", "https://example.com/deals"), null);
	}

	private JsonNode email(UUID id) {
		return api().get("/api/v1/emails/" + id, owner).body();
	}

	private ApiClient.Response webhook(Map<String, Object> body) {
		ApiClient.Response response = api().post("/webhooks/mailgun", body, null);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response;
	}

	/** A webhook delivery as Mailgun documents it, freshly signed. */
	private static Map<String, Object> event(String event, UUID message, String severity) {
		long now = Instant.now().getEpochSecond();
		String token = UUID.randomUUID().toString().replace("-", "") + "a1b2c3d4e5f6a7b8c9d0";
		return body(now, token, sign(now, token), event, message, severity);
	}

	private static Map<String, Object> body(long timestamp, String token, String signature, String event, UUID message,
			String severity) {
		Map<String, Object> data = new java.util.HashMap<>(Map.of("event", event, "timestamp", timestamp + 0.25,
				"id", "G9Bn5sl1TC6nu79C8C0bwg", "recipient", "someone@example.com",
				"user-variables", Map.of("growthhub-message-id", message.toString()),
				"message", Map.of("headers", Map.of("message-id", "20261203071500.1.ABCDEF@" + DOMAIN))));
		if (severity != null) {
			data.put("severity", severity);
			data.put("reason", "bounce");
			data.put("delivery-status", Map.of("code", 550, "message", "", "description", "No such mailbox"));
		}
		return Map.of("signature", Map.of("timestamp", String.valueOf(timestamp), "token", token, "signature", signature),
				"event-data", data);
	}

	private static String sign(long timestamp, String token) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SIGNING_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + token).getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
