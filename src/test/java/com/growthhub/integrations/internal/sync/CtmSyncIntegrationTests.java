package com.growthhub.integrations.internal.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.growthhub.calls.internal.CallEdit;
import com.growthhub.calls.internal.CallReviews;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.integrations.SharedCtmStub;
import com.growthhub.integrations.internal.connectors.ctm.CtmJson;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Calls from a WireMock CallTrackingMetrics (shaped like its API v1) through sync runs, webhook deliveries and the
 * rating push into the calls module, end to end over the API.
 */
class CtmSyncIntegrationTests extends IdentityTestSupport {

	private static final String SECRET = "9e8d7c6b5a4f3e2d1c0b";

	private final WireMockServer ctm = SharedCtmStub.get();

	@Autowired
	SyncRunner runner;

	@Autowired
	CallReviews reviews;

	record Org(String token, OrganizationId id, Actor owner, long account) {

		String calls() {
			return "/api/v1/accounts/" + account + "/calls.json";
		}
	}

	@Test
	void importsEveryPageFollowingNextPageIntoTheCallInbox() {
		Org org = organization();
		Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		stubPage(org, "page=1&per_page=100", 1, List.of(call(org, 11, start, 120, "Caller: I'd like to book an appointment for an installation this week, can I pay a deposit today?", null),
				call(org, 12, start.plusSeconds(60), 0, null, null)), false);
		stubPage(org, "page=2&per_page=100", 2, List.of(call(org, 13, start.plusSeconds(120), 90, null, 2),
				call(org, 14, start.plusSeconds(180), 45, null, null)), false);
		stubPage(org, "page=3&per_page=100", 3, List.of(call(org, 15, start.plusSeconds(240), 30, null, null)), true);

		connect(org);
		JsonNode run = awaitFinished(org);

		assertThat(run.path("status").asString()).isEqualTo("succeeded");
		assertThat(run.path("mode").asString()).isEqualTo("import");
		assertThat(run.path("read").asInt()).isEqualTo(5);
		assertThat(run.path("created").asInt()).isEqualTo(5);
		assertThat(storedCalls(org)).containsExactly("11:very_good:4", "12:unanswered:-", "13:not_a_fit:2", "14:unreviewed:-",
				"15:unreviewed:-");
		ApiClient.Response card = api().get("/api/v1/integrations/ctm", org.token());
		assertThat(card.body().path("connection").path("accountName").asString()).isEqualTo("Acme Plumbing " + org.account());
		assertThat(card.body().path("connection").path("lastSyncAt").isNull()).isFalse();
		assertThat(card.body().path("connection").path("token").path("lastFour").asString()).isEqualTo("1c0b");
		assertThat(card.body().toString()).doesNotContain(SECRET);
	}

	@Test
	void syncNowReadsFromTheCheckpointAndAReplayedCallChangesNothing() {
		Org org = organization();
		Instant start = Instant.parse("2026-11-20T15:00:00Z");
		stubPage(org, "page=1&per_page=100", 1, List.of(call(org, 21, start, 60, null, null)), true);
		connect(org);
		awaitFinished(org);

		this.ctm.stubFor(get(urlEqualTo(org.calls() + "?page=1&per_page=100&start_date=2026-11-19"))
			.willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), org.account(), 1, 100, 2,
					List.of(call(org, 21, start, 60, null, null), call(org, 22, start.plusSeconds(600), 75, null, null)), true))));
		ApiClient.Response started = api().post("/api/v1/calls/sync", null, org.token());
		assertThat(started.status()).isEqualTo(202);
		assertThat(started.headers().getLocation().toString()).startsWith("/api/v1/integrations/ctm/runs/");

		JsonNode run = awaitFinished(org);
		assertThat(run.path("mode").asString()).isEqualTo("incremental");
		assertThat(run.path("read").asInt()).isEqualTo(2);
		assertThat(run.path("created").asInt()).isEqualTo(1);
		assertThat(run.path("skipped").asInt()).isEqualTo(1);
		assertThat(storedCalls(org)).hasSize(2);
	}

	@Test
	void aRunThatStopsOnA429ResumesFromItsCheckpointAndShowsTheWait() {
		Org org = organization();
		Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		stubPage(org, "page=1&per_page=100", 1, List.of(call(org, 31, start, 60, null, null)), false);
		// Longer than a sync thread waits in place: the run keeps its checkpoint and is scheduled for later.
		this.ctm.stubFor(get(urlEqualTo(org.calls() + "?page=2&per_page=100")).inScenario("busy-" + org.account())
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
		connect(org);
		JsonNode waiting = await().atMost(Duration.ofSeconds(30)).until(() -> latestRun(org),
				run -> run.path("read").asInt() == 1 && warnings(org, run).contains("(429)"));
		assertThat(waiting.path("status").asString()).isEqualTo("running");
		assertThat(warnings(org, waiting)).contains("asked to wait 600 s (429)");

		this.ctm.stubFor(get(urlEqualTo(org.calls() + "?page=2&per_page=100")).inScenario("busy-" + org.account())
			.whenScenarioStateIs("calm")
			.willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), org.account(), 2, 100, 2,
					List.of(call(org, 32, start.plusSeconds(60), 60, null, null)), true))));
		this.ctm.setScenarioState("busy-" + org.account(), "calm");
		// What the job system does when the wait is over.
		runner.run(org.id(), UUID.fromString(waiting.path("id").asString()));

		JsonNode finished = latestRun(org);
		assertThat(finished.path("status").asString()).isEqualTo("succeeded");
		assertThat(finished.path("read").asInt()).isEqualTo(2);
		this.ctm.verify(1, getRequestedFor(urlEqualTo(org.calls() + "?page=1&per_page=100")));
		assertThat(storedCalls(org)).hasSize(2);
	}

	@Test
	void aKeyCtmRefusesShowsOnTheConnection() {
		Org org = organization();
		this.ctm.stubFor(get(urlPathEqualTo(org.calls()))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
				.withBody("{\"status\":\"error\",\"reason\":\"Invalid API credentials\"}")));
		connect(org);

		JsonNode run = awaitFinished(org);

		assertThat(run.path("status").asString()).isEqualTo("failed");
		JsonNode connection = api().get("/api/v1/integrations/ctm", org.token()).body().path("connection");
		assertThat(connection.path("status").asString()).isEqualTo("error");
		assertThat(connection.path("lastError").asString()).contains("CallTrackingMetrics", "401", "reconnect");
	}

	@Test
	void connectingWithKeysCtmRefusesAnswers4xxAndStoresNothing() {
		Org org = organization();
		this.ctm.stubFor(get(urlEqualTo("/api/v1/accounts/" + org.account()))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
				.withBody("{\"status\":\"error\",\"reason\":\"Invalid API credentials\"}")));

		ApiClient.Response refused = api().post("/api/v1/integrations/ctm/connect", Map.of("accessKey", "a4f0c1e2b3d4",
				"secretKey", SECRET, "settings", Map.of("accountId", String.valueOf(org.account()))), org.token());
		ApiClient.Response missing = api().post("/api/v1/integrations/ctm/connect", Map.of("accessKey", "a4f0c1e2b3d4"),
				org.token());

		assertThat(refused.status()).isBetween(400, 499);
		assertThat(refused.headers().getContentType().toString()).contains("problem+json");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(api().get("/api/v1/integrations/ctm", org.token()).body().path("connection").isObject()).isFalse();
	}

	@Test
	void aSignedDeliveryIsRecordedAtOnceAndALaterTranscriptReclassifiesIt() {
		Org org = organization();
		stubPage(org, "page=1&per_page=100", 1, List.of(), true);
		connect(org);
		awaitFinished(org);
		Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

		String early = call(org, 41, start, 95, null, null);
		assertThat(deliver(early, sign(early)).status()).isEqualTo(200);
		assertThat(storedCalls(org)).containsExactly("41:unreviewed:-");

		String transcribed = call(org, 41, start, 95,
				"Caller: Are you hiring? I'd like to apply for the technician position, I can send my resume.", null);
		ApiClient.Response delivered = deliver(transcribed, sign(transcribed));
		assertThat(delivered.body().path("recorded").asInt()).isEqualTo(1);
		assertThat(storedCalls(org)).containsExactly("41:applicant:-");

		// The same delivery again (a retry, a replay) changes nothing.
		assertThat(deliver(transcribed, sign(transcribed)).status()).isEqualTo(200);
		assertThat(storedCalls(org)).containsExactly("41:applicant:-");
	}

	@Test
	void aDeliveryWithoutOrWithAWrongSignatureIs401AndRecordsNothing() {
		Org org = organization();
		stubPage(org, "page=1&per_page=100", 1, List.of(), true);
		connect(org);
		awaitFinished(org);
		String body = call(org, 51, Instant.now().truncatedTo(ChronoUnit.SECONDS), 60, null, null);

		ApiClient.Response unsigned = deliver(body, null);
		ApiClient.Response forged = deliver(body, sign("a-guessed-secret", body));
		ApiClient.Response tampered = deliver(body.replace("\"duration\":60", "\"duration\":600"), sign(body));

		for (ApiClient.Response refused : List.of(unsigned, forged, tampered)) {
			assertThat(refused.status()).isEqualTo(401);
			assertThat(refused.headers().getContentType().toString()).contains("problem+json");
		}
		assertThat(storedCalls(org)).isEmpty();
		assertThat(deliver("{\"not\":\"a call\"}", null).status()).isEqualTo(400);
	}

	@Test
	void thePublicWebhookAddressIsStatelessAndTheApiAddressStillAnswers() {
		Org org = organization();
		stubPage(org, "page=1&per_page=100", 1, List.of(), true);
		connect(org);
		awaitFinished(org);
		Instant start = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		String first = call(org, 71, start, 60, null, null);
		String second = call(org, 72, start, 0, null, null);

		ApiClient.Response publicDelivery = deliver("/webhooks/ctm", first, sign(first));
		ApiClient.Response apiDelivery = deliver("/api/v1/integrations/ctm/webhook", second, sign(second));

		assertThat(publicDelivery.status()).isEqualTo(200);
		// No CSRF token and no session: a provider keeps no cookies, so none may be handed out.
		assertThat(publicDelivery.headers().get("Set-Cookie")).isNull();
		assertThat(apiDelivery.status()).isEqualTo(200);
		assertThat(storedCalls(org)).containsExactly("71:unreviewed:-", "72:unanswered:-");
		assertThat(api().get("/webhooks/ctm", null).status()).isBetween(400, 499);
	}

	@Test
	void aRatingChangedHereIsPushedAsTheSaleScoreAndOneFromCtmIsNotPushedBack() {
		Org org = organization();
		Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		stubPage(org, "page=1&per_page=100", 1, List.of(call(org, 61, start, 80, null, null), call(org, 62, start, 80, null, null)), true);
		String sale61 = "/api/v1/accounts/" + org.account() + "/calls/61/sale";
		String sale62 = "/api/v1/accounts/" + org.account() + "/calls/62/sale";
		this.ctm.stubFor(post(urlEqualTo(sale61)).willReturn(okJson("{\"status\":\"success\"}")));
		connect(org);
		awaitFinished(org);

		reviews.edit(org.id(), org.owner(), callId(org, "61"), CallEdit.rating(5));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> this.ctm.verify(1, postRequestedFor(urlEqualTo(sale61))
			.withHeader("Authorization", matching("Basic .+"))
			.withRequestBody(equalToJson("{\"score\":5}"))));
		await().atMost(Duration.ofSeconds(30)).until(() -> !pushPending(org, "61"));
		assertThat(storedCalls(org)).contains("61:converted:5");

		// Someone scores call 62 in CallTrackingMetrics: taken here on the next sync, and never pushed back.
		this.ctm.stubFor(get(urlPathEqualTo(org.calls())).willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), org.account(), 1,
				100, 2, List.of(call(org, 61, start, 80, null, 5), call(org, 62, start, 80, null, 2)), true))));
		api().post("/api/v1/calls/sync", null, org.token());
		JsonNode run = awaitFinished(org);
		assertThat(run.path("updated").asInt()).isEqualTo(1);
		assertThat(storedCalls(org)).contains("62:not_a_fit:2");
		this.ctm.verify(0, postRequestedFor(urlEqualTo(sale62)));
		this.ctm.verify(1, postRequestedFor(urlEqualTo(sale61)));
	}

	@Test
	void anotherOrganizationSeesNeitherTheConnectionNorItsRuns() {
		Org org = organization();
		stubPage(org, "page=1&per_page=100", 1, List.of(), true);
		connect(org);
		JsonNode run = awaitFinished(org);
		Org other = organization();

		assertThat(api().get("/api/v1/integrations/ctm/runs/" + run.path("id").asString(), other.token()).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/integrations/ctm/test", null, other.token()).status()).isEqualTo(404);
		ApiClient.Response sync = api().post("/api/v1/calls/sync", null, other.token());
		assertThat(sync.status()).isEqualTo(409);
		assertThat(sync.body().path("detail").asString()).contains("Settings › Integrations");
	}

	private Org organization() {
		String owner = uniqueEmail("ctm");
		registerVerified(owner);
		String token = accessToken(owner);
		JsonNode me = api().get("/api/v1/me", token).body();
		return new Org(token, OrganizationId.of(UUID.fromString(me.path("organizationId").asString())),
				new Actor.User(UUID.fromString(me.path("id").asString())), SharedCtmStub.nextAccount());
	}

	private void connect(Org org) {
		this.ctm.stubFor(get(urlEqualTo("/api/v1/accounts/" + org.account()))
			.willReturn(okJson("{\"id\":%d,\"name\":\"Acme Plumbing %d\",\"status\":\"active\"}".formatted(org.account(), org.account()))));
		ApiClient.Response connected = api().post("/api/v1/integrations/ctm/connect", Map.of("accessKey", "a4f0c1e2b3d4",
				"secretKey", SECRET, "settings", Map.of("accountId", String.valueOf(org.account()))), org.token());
		assertThat(connected.status()).as(connected.body().toString()).isEqualTo(201);
	}

	private String call(Org org, long id, Instant start, int duration, String transcript, Integer score) {
		return CtmJson.call(id, org.account(), start, duration, transcript, score);
	}

	private void stubPage(Org org, String query, int page, List<String> calls, boolean last) {
		this.ctm.stubFor(get(urlEqualTo(org.calls() + "?" + query))
			.willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), org.account(), page, 100, 5, calls, last))));
	}

	private ApiClient.Response deliver(String body, String signature) {
		return deliver("/webhooks/ctm", body, signature);
	}

	private ApiClient.Response deliver(String path, String body, String signature) {
		return api().exchange("POST", path, body, null,
				signature == null ? Map.of() : Map.of("X-CTM-Signature", signature));
	}

	private static String sign(String body) {
		return sign(SECRET, body);
	}

	private static String sign(String secret, String body) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode latestRun(Org org) {
		return api().get("/api/v1/integrations/ctm/runs?limit=1", org.token()).body().path("items").get(0);
	}

	private JsonNode awaitFinished(Org org) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode items = api().get("/api/v1/integrations/ctm/runs?limit=1", org.token()).body().path("items");
			return items.isEmpty() ? null : items.get(0);
		}, run -> run != null && (run.path("status").asString().equals("succeeded") || run.path("status").asString().equals("failed")));
	}

	private String warnings(Org org, JsonNode run) {
		return api().get("/api/v1/integrations/ctm/runs/" + run.path("id").asString() + "/errors", org.token()).body().toString();
	}

	/** {@code externalId:category:rating}, by external id. */
	private List<String> storedCalls(Org org) {
		return transactions.call(TenantScope.organization(org.id(), new Actor.Job("test")), () -> jdbc.sql("""
				select external_id || ':' || category || ':' || coalesce(rating::text, '-') from calls
				where organization_id = ? order by external_id""").param(org.id().value()).query(String.class).list());
	}

	private UUID callId(Org org, String externalId) {
		return transactions.call(TenantScope.organization(org.id(), new Actor.Job("test")), () -> jdbc.sql(
				"select id from calls where organization_id = ? and external_id = ?").params(org.id().value(), externalId)
			.query(UUID.class).single());
	}

	private boolean pushPending(Org org, String externalId) {
		return transactions.call(TenantScope.organization(org.id(), new Actor.Job("test")), () -> jdbc.sql(
				"select rating_push_pending from calls where organization_id = ? and external_id = ?")
			.params(org.id().value(), externalId).query(Boolean.class).single());
	}
}
