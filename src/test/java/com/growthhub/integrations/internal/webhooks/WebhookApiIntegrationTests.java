package com.growthhub.integrations.internal.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * The webhook API end to end against a receiver on loopback: secrets shown once, signed deliveries, retries until the
 * receiver recovers, disabling after repeated failures, replay, the delivery log, and who may do what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookApiIntegrationTests extends IdentityTestSupport {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	final WebhookReceiver receiver = new WebhookReceiver();
	String ownerEmail;
	String owner;
	String admin;
	String member;
	String stranger;

	@BeforeAll
	void team() {
		ownerEmail = uniqueEmail("webhook-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		admin = invitedMember(owner, "admin");
		member = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("webhook-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
		receiver.answers("/ok", 200);
		receiver.answers("/down", 500);
	}

	@AfterAll
	void stopReceiver() {
		receiver.close();
	}

	@Test
	void theSigningSecretIsShownOnceAndKeptOnlyEncrypted() {
		ApiClient.Response created = api().post("/api/v1/webhooks", Map.of("url", receiver.url("/ok"), "description",
				"CRM mirror", "events", List.of("contact_created", "DEAL-WON")), owner);
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		String secret = created.text("secret");
		assertThat(secret).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeBetween(24, 32);
		assertThat(created.body().path("events").valueStream().map(JsonNode::asString).toList())
			.containsExactlyInAnyOrder("contact_created", "deal_won");
		assertThat(created.body().path("allEvents").asBoolean()).isFalse();

		ApiClient.Response read = api().get("/api/v1/webhooks/" + id, admin);
		assertThat(read.body().has("secret")).isFalse();
		assertThat(read.body().path("secretSet").asBoolean()).isTrue();
		assertThat(read.text("secretLastFour")).isEqualTo(secret.substring(secret.length() - 4));
		assertThat(api().get("/api/v1/webhooks", owner).body().toString()).contains(id).doesNotContain(secret);
		assertThat(databaseText(UUID.fromString(id))).doesNotContain(secret).doesNotContain(secret.substring(6, 20));

		ApiClient.Response rotated = api().post("/api/v1/webhooks/" + id + "/rotate-secret", null, owner);
		assertThat(rotated.text("secret")).startsWith("whsec_").isNotEqualTo(secret);
		assertThat(api().get("/api/v1/webhooks/" + id, owner).text("secretLastFour"))
			.isEqualTo(rotated.text("secret").substring(rotated.text("secret").length() - 4));
	}

	@Test
	void aTestEventIsSignedSoThatTheReceiverCanVerifyItAndIsLogged() {
		String path = "/signed-" + UUID.randomUUID();
		receiver.answers(path, 204);
		ApiClient.Response created = api().post("/api/v1/webhooks", Map.of("url", receiver.url(path)), owner);
		String secret = created.text("secret");
		ApiClient.Response test = api().post("/api/v1/webhooks/" + created.text("id") + "/test", null, owner);
		assertThat(test.status()).isEqualTo(202);
		assertThat(test.text("type")).isEqualTo("webhook.test");

		JsonNode delivery = awaitDelivery(test.text("id"), "delivered");
		LoggedRequest request = receiver.received(path).getFirst();
		assertThat(WebhookReceiver.signedWith(secret, request)).as("signature verifies with the secret").isTrue();
		assertThat(request.getHeader("webhook-id")).isEqualTo(delivery.path("messageId").asString()).startsWith("msg_");
		assertThat(Long.parseLong(request.getHeader("webhook-timestamp")))
			.isBetween(Instant.now().minusSeconds(300).getEpochSecond(), Instant.now().getEpochSecond());
		JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree(new String(request.getBody(), StandardCharsets.UTF_8));
		assertThat(body.path("type").asString()).isEqualTo("webhook.test");
		assertThat(body.path("data").path("subscriptionId").asString()).isEqualTo(created.text("id"));

		assertThat(delivery.path("responseStatus").asInt()).isEqualTo(204);
		assertThat(delivery.path("attempts").asInt()).isEqualTo(1);
		assertThat(delivery.path("requestHeaders").path("webhook-signature").asString())
			.isEqualTo(request.getHeader("webhook-signature"));
		assertThat(delivery.path("durationMs").isNumber()).isTrue();
		String otherSecret = api().post("/api/v1/webhooks/" + created.text("id") + "/rotate-secret", null, owner).text("secret");
		assertThat(WebhookReceiver.signedWith(otherSecret, request)).as("another secret does not verify it").isFalse();
	}

	@Test
	void aDeliveryToAReceiverThatFailsIsRetriedUntilItRecovers() {
		String path = "/flaky-" + UUID.randomUUID();
		receiver.server().stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(500).withBody("database is down")).willSetStateTo("still down"));
		receiver.server().stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("still down")
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("up"));
		receiver.server().stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(200)));
		String id = api().post("/api/v1/webhooks", Map.of("url", receiver.url(path), "events", List.of("contact_created")),
				owner).text("id");

		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Retry")), owner).text("id");

		await().atMost(PATIENCE).until(() -> deliveries(id).size() == 1
				&& deliveries(id).getFirst().path("status").asString().equals("delivered"));
		JsonNode delivery = deliveries(id).getFirst();
		assertThat(delivery.path("attempts").asInt()).isEqualTo(3);
		List<LoggedRequest> requests = receiver.received(path);
		assertThat(requests).hasSize(3);
		assertThat(requests).extracting(request -> request.getHeader("webhook-id")).containsOnly(delivery.path("messageId").asString());
		assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsOnly(requests.getFirst().getBodyAsString());
		assertThat(requests.getFirst().getBodyAsString()).contains("\"type\":\"contact.created\"", contact);
		assertThat(Duration.between(requests.get(1).getLoggedDate().toInstant(), requests.get(2).getLoggedDate().toInstant()))
			.as("Retry-After of the 503 was honoured").isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(api().get("/api/v1/webhooks/" + id, owner).body().path("enabled").asBoolean()).isTrue();
		JsonNode history = api().get("/api/v1/webhooks/deliveries/" + delivery.path("id").asString(), owner).body()
			.path("history");
		assertThat(history.valueStream().map(attempt -> attempt.path("attempt").asInt()).toList()).containsExactly(1, 2, 3);
		assertThat(history.valueStream().map(attempt -> attempt.path("responseStatus").asInt()).toList())
			.containsExactly(500, 503, 200);
		assertThat(history.get(0).path("nextAttemptAt").isString()).isTrue();
		assertThat(history.get(2).has("nextAttemptAt")).isFalse();
		assertThat(deliveries(id).getFirst().has("history")).as("the log's pages leave the history out").isFalse();
	}

	@Test
	void aSubscriptionThatKeepsFailingIsDisabledAndItsOwnersAreNotified() {
		ApiClient.Response created = api().post("/api/v1/webhooks", Map.of("url", receiver.url("/down")), owner);
		String id = created.text("id");
		api().post("/api/v1/webhooks/" + id + "/test", null, owner);

		await().atMost(PATIENCE).until(() -> !api().get("/api/v1/webhooks/" + id, owner).body().path("enabled").asBoolean());
		JsonNode disabled = api().get("/api/v1/webhooks/" + id, owner).body();
		assertThat(disabled.path("disabledReason").asString()).contains("failed 4 times in a row");
		await().atMost(PATIENCE).until(() -> api().get("/api/v1/notifications", owner).body().path("items").valueStream()
			.anyMatch(note -> note.path("title").asString().contains("Webhook disabled")
					&& note.path("link").asString().endsWith(id)));
		int attempts = receiver.received("/down").size();
		assertThat(attempts).isGreaterThanOrEqualTo(4);

		ApiClient.Response enabled = api().exchange("PATCH", "/api/v1/webhooks/" + id, Map.of("enabled", true), owner, Map.of());
		assertThat(enabled.body().path("enabled").asBoolean()).isTrue();
		assertThat(enabled.body().has("disabledReason")).isFalse();
	}

	@Test
	void eventsFromContactsDealsAndImportsArriveWithTheirPayload() throws Exception {
		String email = uniqueEmail("webhook-events");
		registerVerified(email);
		String token = accessToken(email);
		UUID organization = UUID.fromString(api().get("/api/v1/organization", token).text("id"));
		String everything = "/everything-" + UUID.randomUUID();
		String wonOnly = "/won-" + UUID.randomUUID();
		receiver.answers(everything, 200);
		receiver.answers(wonOnly, 200);
		api().post("/api/v1/webhooks", Map.of("url", receiver.url(everything)), token);
		api().post("/api/v1/webhooks", Map.of("url", receiver.url(wonOnly), "events", List.of("deal_won")), token);

		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada")), token).text("id");
		api().exchange("PATCH", "/api/v1/contacts/" + contact, Map.of("jobTitle", "Engineer"), token, Map.of());
		JsonNode sales = api().get("/api/v1/pipelines", token).body().path("items").get(0);
		String won = sales.path("stages").get(3).path("id").asString();
		String deal = api().post("/api/v1/deals", Map.of("contactId", contact, "title", "Retainer", "valueCents", 120000,
				"currency", "EUR"), token).text("id");
		assertThat(api().post("/api/v1/deals/" + deal + "/move", Map.of("stageId", won), token).status()).isEqualTo(200);
		String trashed = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Bo")), token).text("id");
		api().exchange("DELETE", "/api/v1/contacts/" + trashed, null, token, Map.of());
		UUID importId = UUID.randomUUID();
		UUID userId = UUID.fromString(api().get("/api/v1/me", token).text("id"));
		transactions.run(TenantScope.acting(com.growthhub.shared.OrganizationId.of(organization), new Actor.Job("test")),
				() -> events.publishEvent(new com.growthhub.dataio.ContactsImported(
						com.growthhub.shared.OrganizationId.of(organization), importId, userId, "people.csv", 7, 2, 1, 0)));

		await().atMost(PATIENCE).until(() -> types(everything).containsAll(List.of("contact.created", "contact.updated",
				"deal.created", "deal.stage_changed", "deal.won", "contact.deleted", "import.completed")));
		assertThat(data(everything, "contact.created").path("contactId").asString()).isEqualTo(contact);
		assertThat(data(everything, "contact.created").path("type").asString()).isEqualTo("contact");
		assertThat(data(everything, "contact.updated").path("updatedBy").asString()).isEqualTo(userId.toString());
		assertThat(data(everything, "deal.created").path("valueCents").asLong()).isEqualTo(120000);
		assertThat(data(everything, "deal.created").path("currency").asString()).isEqualTo("EUR");
		assertThat(data(everything, "deal.stage_changed").path("toStageId").asString()).isEqualTo(won);
		assertThat(data(everything, "deal.won").path("dealId").asString()).isEqualTo(deal);
		assertThat(data(everything, "contact.deleted").path("contactId").asString()).isEqualTo(trashed);
		JsonNode imported = data(everything, "import.completed");
		assertThat(imported.path("importId").asString()).isEqualTo(importId.toString());
		assertThat(imported.path("created").asLong()).isEqualTo(7);
		assertThat(imported.path("fileName").asString()).isEqualTo("people.csv");
		await().atMost(PATIENCE).until(() -> types(wonOnly).equals(List.of("deal.won")));
	}

	@Test
	void aDeliveryCanBeReplayedWithTheSameMessageEvenWhileTheWebhookIsDisabled() {
		String path = "/replay-" + UUID.randomUUID();
		receiver.answers(path, 200);
		String id = api().post("/api/v1/webhooks", Map.of("url", receiver.url(path)), owner).text("id");
		String first = api().post("/api/v1/webhooks/" + id + "/test", null, owner).text("id");
		JsonNode delivered = awaitDelivery(first, "delivered");

		api().exchange("PATCH", "/api/v1/webhooks/" + id, Map.of("enabled", false), owner, Map.of());
		ApiClient.Response replay = api().post("/api/v1/webhooks/deliveries/" + first + "/replay", null, admin);
		assertThat(replay.status()).isEqualTo(202);
		assertThat(replay.text("replayOf")).isEqualTo(first);
		assertThat(replay.text("messageId")).isEqualTo(delivered.path("messageId").asString());
		awaitDelivery(replay.text("id"), "delivered");
		assertThat(receiver.received(path)).hasSize(2)
			.extracting(LoggedRequest::getBodyAsString).containsOnly(delivered.path("requestBody").asString());
	}

	@Test
	void theDeliveryLogIsNewestFirstAndPaged() {
		String path = "/log-" + UUID.randomUUID();
		receiver.answers(path, 200);
		String id = api().post("/api/v1/webhooks", Map.of("url", receiver.url(path)), owner).text("id");
		List<String> sent = List.of(api().post("/api/v1/webhooks/" + id + "/test", null, owner).text("id"),
				api().post("/api/v1/webhooks/" + id + "/test", null, owner).text("id"),
				api().post("/api/v1/webhooks/" + id + "/test", null, owner).text("id"));
		JsonNode page = api().get("/api/v1/webhooks/" + id + "/deliveries?limit=2", owner).body();
		assertThat(page.path("items").valueStream().map(item -> item.path("id").asString()).toList())
			.containsExactly(sent.get(2), sent.get(1));
		JsonNode next = api().get("/api/v1/webhooks/" + id + "/deliveries?limit=2&cursor=" + page.path("nextCursor").asString(),
				owner).body();
		assertThat(next.path("items").valueStream().map(item -> item.path("id").asString()).toList()).containsExactly(sent.get(0));
		assertThat(next.has("nextCursor")).isFalse();
		assertThat(api().get("/api/v1/webhooks/" + id + "/deliveries?cursor=nonsense", owner).status()).isEqualTo(400);
	}

	@Test
	void badAddressesAndUnknownEventsAnswer400NamingTheField() {
		ApiClient.Response ftp = api().post("/api/v1/webhooks", Map.of("url", "ftp://example.com/hook"), owner);
		assertThat(ftp.status()).isEqualTo(400);
		assertThat(ftp.body().path("errors").get(0).path("field").asString()).isEqualTo("url");
		assertThat(api().post("/api/v1/webhooks", Map.of("url", "https://user:pw@example.com/"), owner).status()).isEqualTo(400);
		ApiClient.Response unknown = api().post("/api/v1/webhooks", Map.of("url", receiver.url("/ok"), "events",
				List.of("contact_exploded")), owner);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body().path("errors").get(0).path("field").asString()).startsWith("events");
		String id = api().post("/api/v1/webhooks", Map.of("url", receiver.url("/ok")), owner).text("id");
		assertThat(api().exchange("PATCH", "/api/v1/webhooks/" + id, Map.of("events", List.of("nope")), owner, Map.of())
			.status()).isEqualTo(400);
		assertThat(api().exchange("PATCH", "/api/v1/webhooks/" + id, Map.of("secret", "mine"), owner, Map.of()).status())
			.isEqualTo(400);
		assertThat(api().get("/api/v1/webhooks/event-types", owner).body().path("items").valueStream()
			.map(item -> item.path("type").asString()).toList()).contains("contact.created", "deal.stage_changed",
					"import.completed");
	}

	@Test
	void anotherOrganizationsIdsAreAbsentAndMembersMayNotManageWebhooks() {
		String id = api().post("/api/v1/webhooks", Map.of("url", receiver.url("/ok")), owner).text("id");
		String delivery = api().post("/api/v1/webhooks/" + id + "/test", null, owner).text("id");

		assertThat(api().get("/api/v1/webhooks/" + id, stranger).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/webhooks/" + id, Map.of("enabled", false), stranger, Map.of()).status())
			.isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/webhooks/" + id, null, stranger, Map.of()).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/webhooks/" + id + "/deliveries", stranger).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/webhooks/" + id + "/test", null, stranger).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/webhooks/" + id + "/rotate-secret", null, stranger).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/webhooks/deliveries/" + delivery + "/replay", null, stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/webhooks", stranger).body().toString()).doesNotContain(id);

		assertThat(api().get("/api/v1/webhooks", member).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/webhooks", Map.of("url", receiver.url("/ok")), member).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/webhooks/" + id, member).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/webhooks/deliveries/" + delivery + "/replay", null, member).status()).isEqualTo(403);

		assertThat(api().exchange("DELETE", "/api/v1/webhooks/" + id, null, admin, Map.of()).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/webhooks/" + id, owner).status()).isEqualTo(404);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.ApplicationEventPublisher events;

	private JsonNode awaitDelivery(String id, String status) {
		await().atMost(PATIENCE).until(() -> api().get("/api/v1/webhooks/deliveries/" + id, owner).body().path("status")
			.asString().equals(status));
		return api().get("/api/v1/webhooks/deliveries/" + id, owner).body();
	}

	private List<JsonNode> deliveries(String subscription) {
		return api().get("/api/v1/webhooks/" + subscription + "/deliveries", owner).body().path("items").valueStream().toList();
	}

	private List<String> types(String path) {
		return receiver.received(path).stream().map(request -> json(request).path("type").asString()).toList();
	}

	private JsonNode data(String path, String type) {
		return receiver.received(path).stream().map(WebhookApiIntegrationTests::json)
			.filter(body -> body.path("type").asString().equals(type)).findFirst().orElseThrow().path("data");
	}

	private static JsonNode json(LoggedRequest request) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(request.getBodyAsString());
	}

	/** Every column of the subscription's row and of its secret's vault row, as text. */
	private String databaseText(UUID subscription) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select s::text || v.id::text || encode(v.ciphertext, 'escape') || encode(v.ciphertext, 'base64')
				from webhook_subscriptions s join vault_secrets v on v.id = s.secret_id where s.id = ?
				""").param(subscription).query(String.class).single());
	}
}
