package com.growthhub.integrations.internal.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.integrations.SharedMondayStub;

import tools.jackson.databind.JsonNode;

/**
 * A task board mirrored on Monday.com, against a WireMock shaped like monday.com's GraphQL API v2 and its webhooks:
 * the paged read ({@code items_page}, then {@code next_items_page}) with a complexity-budget refusal waited out,
 * statuses through the editable mapping, a change made here pushed once and not echoed, and webhooks verified.
 */
class MondaySyncIntegrationTests extends IdentityTestSupport {

	private final WireMockServer monday = SharedMondayStub.get();

	String email;
	String token;
	String board;
	String mondayBoard;

	@BeforeEach
	void board() {
		email = uniqueEmail("monday");
		registerVerified(email);
		token = accessToken(email);
		String workspace = api().post("/api/v1/workspaces", Map.of("name", "Mirrors"), token).text("id");
		board = api().post("/api/v1/boards", Map.of("workspaceId", workspace, "name", "Launch"), token).text("id");
		mondayBoard = String.valueOf(SharedMondayStub.nextBoard());
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("me {")))
			.withRequestBody(matchingJsonPath("$.variables.board[0]", equalTo(mondayBoard)))
			.willReturn(okJson("""
					{"data": {"me": {"account": {"id": "7001", "name": "Acme"}}, "boards": [{"id": "%s", "name": "Launch"}]},
					 "account_id": 7001}""".formatted(mondayBoard))));
	}

	/** Connecting starts the first (import) run at once. */
	private void connect() {
		ApiClient.Response connected = api().post("/api/v1/integrations/monday/connect", Map.of("token", "monday-api-token",
				"settings", Map.of("boardId", mondayBoard, "taskBoardId", board)), token);
		assertThat(connected.status()).as(connected.body().toString()).isEqualTo(201);
	}

	@Test
	void readsTheBoardPageByPageWaitingOutTheComplexityBudget() {
		String scenario = "complexity-" + mondayBoard;
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("items_page(limit")))
			.withRequestBody(matchingJsonPath("$.variables.board[0]", equalTo(mondayBoard)))
			.inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("refilled")
			.willReturn(okJson("""
					{"errors": [{"message": "Complexity budget exhausted, query cost 30001 budget remaining 10 out of 1000000 reset in 1 seconds",
					  "extensions": {"code": "COMPLEXITY_BUDGET_EXHAUSTED", "retry_in_seconds": 1}}], "account_id": 7001}""")));
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("items_page(limit")))
			.withRequestBody(matchingJsonPath("$.variables.board[0]", equalTo(mondayBoard)))
			.inScenario(scenario).whenScenarioStateIs("refilled")
			.willReturn(okJson("""
					{"data": {"boards": [{"items_page": {"cursor": "cursor-%1$s", "items": [
					  {"id": "%1$s01", "name": "Film the teaser", "column_values": [{"id": "status", "text": "Working on it"}]},
					  {"id": "%1$s02", "name": "Book the studio", "column_values": [{"id": "status", "text": "Done"}]}]}}]},
					 "account_id": 7001}""".formatted(mondayBoard))));
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("next_items_page")))
			.withRequestBody(matchingJsonPath("$.variables.cursor", equalTo("cursor-" + mondayBoard)))
			.willReturn(okJson("""
					{"data": {"next_items_page": {"cursor": null, "items": [
					  {"id": "%1$s03", "name": "Write the script", "column_values": [{"id": "status", "text": "Stuck"}]}]}},
					 "account_id": 7001}""".formatted(mondayBoard))));

		connect();
		await().atMost(Duration.ofSeconds(30)).until(() -> items().size() == 3);

		assertThat(statusOf("Film the teaser")).isEqualTo("in_progress");
		assertThat(statusOf("Book the studio")).isEqualTo("done");
		assertThat(statusOf("Write the script")).as("a label no status has: the backlog").isEqualTo("backlog");
		// The refused read and its retry.
		monday.verify(2, postRequestedFor(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("items_page(limit")))
			.withRequestBody(matchingJsonPath("$.variables.board[0]", equalTo(mondayBoard)))
			.withHeader("Authorization", equalTo("monday-api-token")).withHeader("API-Version", equalTo("2025-04")));
		await().atMost(Duration.ofSeconds(10)).until(() -> "succeeded".equals(
				api().get("/api/v1/integrations/monday/runs", token).body().path("items").get(0).path("status").asString()));

		// Read from there: nothing is pushed back.
		monday.verify(0, postRequestedFor(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("create_item")))
			.withRequestBody(matchingJsonPath("$.variables.board", equalTo(mondayBoard))));
		monday.verify(0, postRequestedFor(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("change_column_value")))
			.withRequestBody(matchingJsonPath("$.variables.board", equalTo(mondayBoard))));
	}

	@Test
	void aChangeMadeHereIsPushedOnceWithTheMappedLabel() throws Exception {
		emptyBoard();
		connect();
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("create_item")))
			.withRequestBody(matchingJsonPath("$.variables.board", equalTo(mondayBoard)))
			.willReturn(okJson("{\"data\": {\"create_item\": {\"id\": \"" + mondayBoard + "77\"}}, \"account_id\": 7001}")));
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("change_column_value")))
			.withRequestBody(matchingJsonPath("$.variables.board", equalTo(mondayBoard)))
			.willReturn(okJson("{\"data\": {\"change_column_value\": {\"id\": \"" + mondayBoard + "77\"}}, \"account_id\": 7001}")));
		assertThat(api().exchange("PUT", "/api/v1/integrations/monday/status-mapping", Map.of("in_progress", "Doing"), token,
				Map.of()).body().path("in_progress").asString()).isEqualTo("Doing");
		assertThat(api().exchange("PUT", "/api/v1/integrations/monday/status-mapping", Map.of("later", "Someday"), token,
				Map.of()).status()).isEqualTo(400);

		String item = api().post("/api/v1/boards/" + board + "/items", Map.of("name", "Order the banners"), token).text("id");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> monday.verify(1, postRequestedFor(urlEqualTo("/v2"))
			.withRequestBody(matchingJsonPath("$.query", containing("create_item")))
			.withRequestBody(matchingJsonPath("$.variables.name", equalTo("Order the banners")))
			.withRequestBody(matchingJsonPath("$.variables.values", containing("Not Started")))));

		api().post("/api/v1/items/" + item + "/move", Map.of("status", "in_progress"), token);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> monday.verify(1, postRequestedFor(urlEqualTo("/v2"))
			.withRequestBody(matchingJsonPath("$.query", containing("change_column_value")))
			.withRequestBody(matchingJsonPath("$.variables.item", equalTo(mondayBoard + "77")))
			.withRequestBody(matchingJsonPath("$.variables.value", containing("Doing")))));

		// Monday.com tells us of the change we made: the echo changes nothing and is not pushed again.
		assertThat(webhook(signed(), changeEvent(mondayBoard + "77", "Doing")).body()).contains("\"applied\":0");
		// A change with nothing for Monday (the description) is not pushed either.
		api().exchange("PATCH", "/api/v1/items/" + item, Map.of("description", "Two metres wide"), token, Map.of());
		api().post("/api/v1/items/" + item + "/comments", Map.of("body", "flush the queue"), token);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			monday.verify(1, postRequestedFor(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("create_item")))
				.withRequestBody(matchingJsonPath("$.variables.board", equalTo(mondayBoard))));
			monday.verify(1, postRequestedFor(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("change_column_value")))
				.withRequestBody(matchingJsonPath("$.variables.board", equalTo(mondayBoard))));
		});
	}

	@Test
	void webhooksAnswerTheChallengeAndApplyOnlySignedChanges() throws Exception {
		emptyBoard();
		connect();
		HttpResponse<String> challenge = webhook(null, "{\"challenge\": \"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\"}");
		assertThat(challenge.statusCode()).isEqualTo(200);
		assertThat(challenge.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");

		String created = """
				{"event": {"app": "monday", "type": "create_pulse", "triggerTime": "2026-12-03T10:00:00.000Z", "boardId": %s,
				 "pulseId": %s55, "pulseName": "Print the flyers", "groupId": "topics", "columnValues": {}}}
				""".formatted(mondayBoard, mondayBoard);
		assertThat(webhook(null, created).statusCode()).as("no token").isEqualTo(401);
		assertThat(webhook(jwt("another-secret", Instant.now().plusSeconds(60)), created).statusCode()).as("wrong key")
			.isEqualTo(401);
		assertThat(webhook(jwt(SharedMondayStub.SIGNING_SECRET, Instant.now().minusSeconds(60)), created).statusCode())
			.as("expired").isEqualTo(401);
		assertThat(items()).isEmpty();

		assertThat(webhook(signed(), created).body()).contains("\"applied\":1");
		assertThat(statusOf("Print the flyers")).isEqualTo("backlog");
		assertThat(webhook(signed(), changeEvent(mondayBoard + "55", "Done")).body()).contains("\"applied\":1");
		assertThat(statusOf("Print the flyers")).isEqualTo("done");
		String rename = """
				{"event": {"type": "update_name", "boardId": %s, "pulseId": %s55, "value": {"name": "Print 500 flyers"},
				 "previousValue": {"name": "Print the flyers"}}}""".formatted(mondayBoard, mondayBoard);
		assertThat(webhook(signed(), rename).body()).contains("\"applied\":1");
		assertThat(statusOf("Print 500 flyers")).isEqualTo("done");
	}

	@Test
	void aWebhookForOurNewItemArrivingBeforeItsIdIsStoredCreatesNoDuplicate() throws Exception {
		emptyBoard();
		connect();
		awaitFirstRun();
		// Monday answers the create slowly; its webhook for the new item comes in meanwhile.
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("create_item")))
			.withRequestBody(matchingJsonPath("$.variables.board", equalTo(mondayBoard)))
			.willReturn(okJson("{\"data\": {\"create_item\": {\"id\": \"" + mondayBoard + "88\"}}, \"account_id\": 7001}")
				.withFixedDelay(3000)));
		String item = api().post("/api/v1/boards/" + board + "/items", Map.of("name", "Hang the posters"), token).text("id");
		await().atMost(Duration.ofSeconds(20)).until(() -> !monday.findAll(postRequestedFor(urlEqualTo("/v2"))
			.withRequestBody(matchingJsonPath("$.variables.name", equalTo("Hang the posters")))).isEmpty());
		String created = """
				{"event": {"type": "create_pulse", "boardId": %s, "pulseId": %s88, "pulseName": "Hang the posters",
				 "groupId": "topics", "columnValues": {}}}""".formatted(mondayBoard, mondayBoard);
		assertThat(webhook(signed(), created).body()).contains("\"applied\":0");

		await().atMost(Duration.ofSeconds(20)).until(() -> linkedItem(mondayBoard + "88") != null);
		assertThat(linkedItem(mondayBoard + "88")).isEqualTo(item);
		assertThat(items()).extracting(node -> node.path("name").asString()).containsExactly("Hang the posters");
		// Once linked, Monday's later changes reach the one item.
		assertThat(webhook(signed(), changeEvent(mondayBoard + "88", "Done")).body()).contains("\"applied\":1");
		assertThat(statusOf("Hang the posters")).isEqualTo("done");
	}

	@Test
	void aDeletionOnEitherSideArchivesTheItemOnTheOther() throws Exception {
		emptyBoard();
		connect();
		awaitFirstRun();
		String created = """
				{"event": {"type": "create_pulse", "boardId": %s, "pulseId": %s61, "pulseName": "Old banner",
				 "groupId": "topics", "columnValues": {}}}""".formatted(mondayBoard, mondayBoard);
		assertThat(webhook(signed(), created).body()).contains("\"applied\":1");
		String deleted = """
				{"event": {"type": "delete_pulse", "boardId": %s, "pulseId": %s61, "pulseName": "Old banner"}}"""
			.formatted(mondayBoard, mondayBoard);
		assertThat(webhook(signed(), deleted).body()).contains("\"applied\":1");
		assertThat(items()).isEmpty();
		assertThat(api().get("/api/v1/boards/" + board + "/items?archived=true", token).body().path("items").get(0).path("name")
			.asString()).as("kept, archived").isEqualTo("Old banner");
		assertThat(webhook(signed(), deleted).body()).as("delivered again").contains("\"applied\":0");

		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("create_item")))
			.withRequestBody(matchingJsonPath("$.variables.board", equalTo(mondayBoard)))
			.willReturn(okJson("{\"data\": {\"create_item\": {\"id\": \"" + mondayBoard + "62\"}}, \"account_id\": 7001}")));
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("archive_item")))
			.withRequestBody(matchingJsonPath("$.variables.item", equalTo(mondayBoard + "62")))
			.willReturn(okJson("{\"data\": {\"archive_item\": {\"id\": \"" + mondayBoard + "62\"}}, \"account_id\": 7001}")));
		String ours = api().post("/api/v1/boards/" + board + "/items", Map.of("name", "Flyer draft"), token).text("id");
		await().atMost(Duration.ofSeconds(20)).until(() -> linkedItem(mondayBoard + "62") != null);
		assertThat(api().exchange("DELETE", "/api/v1/items/" + ours, null, token, Map.of()).status()).isEqualTo(204);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> monday.verify(1, postRequestedFor(urlEqualTo("/v2"))
			.withRequestBody(matchingJsonPath("$.query", containing("archive_item")))
			.withRequestBody(matchingJsonPath("$.variables.item", equalTo(mondayBoard + "62")))));
		await().atMost(Duration.ofSeconds(10)).until(() -> linkedItem(mondayBoard + "62") == null);
		String archivedThere = """
				{"event": {"type": "archive_pulse", "boardId": %s, "pulseId": %s62}}""".formatted(mondayBoard, mondayBoard);
		assertThat(webhook(signed(), archivedThere).body()).as("Monday's echo of our deletion").contains("\"applied\":0");
	}

	@Test
	void theConnectionPageEditsTheStatusMapping() throws Exception {
		emptyBoard();
		connect();
		com.growthhub.BrowserSession owner = signedIn(email);
		String page = owner.get("/settings/integrations/monday").body();
		assertThat(page).contains("data-testid=\"monday-status-mapping\"", "name=\"label.in_progress\"", "value=\"Working on it\"");
		String csrf = com.growthhub.BrowserSession.csrf(page);

		HttpResponse<String> saved = owner.post("/settings/integrations/monday/status-mapping", Map.of("label.backlog", "To do",
				"label.in_progress", "Doing", "label.review", "Review", "label.done", "Done", "_csrf", csrf));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/settings/integrations/monday"));
		JsonNode mapping = api().get("/api/v1/integrations/monday/status-mapping", token).body();
		assertThat(mapping.path("backlog").asString()).isEqualTo("To do");
		assertThat(mapping.path("in_progress").asString()).isEqualTo("Doing");
		assertThat(owner.get("/settings/integrations/monday").body()).contains("value=\"Doing\"");

		HttpResponse<String> twice = owner.post("/settings/integrations/monday/status-mapping", Map.of("label.backlog", "Done",
				"label.in_progress", "Doing", "label.review", "Review", "label.done", "done", "_csrf", csrf));
		assertThat(twice.statusCode()).isEqualTo(302);
		assertThat(owner.get("/settings/integrations").body()).as("the reason shown").contains("a label of its own");
		HttpResponse<String> blank = owner.post("/settings/integrations/monday/status-mapping", Map.of("label.backlog", " ",
				"label.in_progress", "Doing", "label.review", "Review", "label.done", "Done", "_csrf", csrf));
		assertThat(blank.statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/integrations/monday/status-mapping", token).body().path("backlog").asString())
			.as("refused: one label for two statuses, a blank label").isEqualTo("To do");
		assertThat(owner.get("/settings/integrations").body()).contains("1 to 100 characters");
	}

	@Test
	void subitemsAreReadWithTheirItemsAndFollowedByWebhooks() throws Exception {
		String subBoard = mondayBoard + "9";
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("subitems { id name")))
			.withRequestBody(matchingJsonPath("$.variables.board[0]", equalTo(mondayBoard)))
			.willReturn(okJson("""
					{"data": {"boards": [{"items_page": {"cursor": null, "items": [
					  {"id": "%1$s10", "name": "Launch the website", "column_values": [{"id": "status", "text": "Working on it"}],
					   "subitems": [
					     {"id": "%1$s11", "name": "Write the copy", "column_values": [{"id": "status", "text": "Done"}]},
					     {"id": "%1$s12", "name": "Pick the photos", "column_values": [{"id": "status", "text": "Not Started"}]}]}]}}]},
					 "account_id": 7001}""".formatted(mondayBoard))));
		connect();
		await().atMost(Duration.ofSeconds(30)).until(() -> items().size() == 1);
		String parent = items().getFirst().path("id").asString();
		await().atMost(Duration.ofSeconds(10)).until(() -> subitems(parent).size() == 2);
		assertThat(subitems(parent)).extracting(node -> node.path("name").asString() + ":" + node.path("status").asString())
			.containsExactlyInAnyOrder("Write the copy:done", "Pick the photos:backlog");
		assertThat(items()).as("subitems are not board items").hasSize(1);
		awaitFirstRun();

		String created = """
				{"event": {"type": "create_pulse", "boardId": %s, "pulseId": %s13, "pulseName": "Test the forms",
				 "parentItemId": "%s10", "parentItemBoardId": "%s", "columnValues": {}}}"""
			.formatted(subBoard, mondayBoard, mondayBoard, mondayBoard);
		assertThat(webhook(signed(), created).body()).contains("\"applied\":1");
		String moved = """
				{"event": {"type": "update_column_value", "boardId": %s, "pulseId": %s12, "parentItemId": "%s10",
				 "parentItemBoardId": "%s", "columnId": "status", "value": {"label": {"index": 1, "text": "Working on it"}}}}"""
			.formatted(subBoard, mondayBoard, mondayBoard, mondayBoard);
		assertThat(webhook(signed(), moved).body()).contains("\"applied\":1");
		assertThat(subitems(parent)).extracting(node -> node.path("name").asString() + ":" + node.path("status").asString())
			.containsExactlyInAnyOrder("Write the copy:done", "Pick the photos:in_progress", "Test the forms:backlog");
	}

	private List<JsonNode> subitems(String item) {
		return api().get("/api/v1/items/" + item + "/subitems", token).body().path("items").valueStream().toList();
	}

	private void awaitFirstRun() {
		await().atMost(Duration.ofSeconds(30)).until(() -> "succeeded".equals(
				api().get("/api/v1/integrations/monday/runs", token).body().path("items").path(0).path("status").asString()));
	}

	/** The task item linked to a Monday item, read as the system (the link table is the mirror's own). */
	private String linkedItem(String mondayItem) {
		return transactions.call(com.growthhub.platform.tenancy.TenantScope.system(new com.growthhub.platform.tenancy.Actor.Job("test")),
				() -> jdbc.sql("select task_item_id::text from monday_item_links where monday_item_id = ?").params(mondayItem)
					.query(String.class).optional().orElse(null));
	}

	@Test
	void theIntegrationsPageConnectsABoardWithItsTaskBoard() throws Exception {
		emptyBoard();
		com.growthhub.BrowserSession owner = signedIn(email);
		String page = owner.get("/settings/integrations").body();
		assertThat(page).contains("Monday.com", "data-testid=\"integration-monday-form\"", "setting.taskBoardId");
		HttpResponse<String> connected = owner.post("/settings/integrations/monday/connect", Map.of("token", "monday-api-token",
				"setting.boardId", mondayBoard, "setting.taskBoardId", board, "_csrf", com.growthhub.BrowserSession.csrf(page)));
		assertThat(connected.statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/integrations/monday", token).body().toString()).contains(mondayBoard, board);
	}

	private void emptyBoard() {
		monday.stubFor(post(urlEqualTo("/v2")).withRequestBody(matchingJsonPath("$.query", containing("items_page(limit")))
			.withRequestBody(matchingJsonPath("$.variables.board[0]", equalTo(mondayBoard)))
			.willReturn(okJson("{\"data\": {\"boards\": [{\"items_page\": {\"cursor\": null, \"items\": []}}]}}")));
	}

	private String changeEvent(String item, String label) {
		return """
				{"event": {"type": "update_column_value", "boardId": %s, "pulseId": %s, "columnId": "status",
				 "columnType": "color", "value": {"label": {"index": 1, "text": "%s"}}}}""".formatted(mondayBoard, item, label);
	}

	private List<JsonNode> items() {
		return api().get("/api/v1/boards/" + board + "/items?limit=100", token).body().path("items").valueStream().toList();
	}

	private String statusOf(String name) {
		return items().stream().filter(item -> item.path("name").asString().equals(name)).findFirst().orElseThrow()
			.path("status").asString();
	}

	private static String signed() throws Exception {
		return jwt(SharedMondayStub.SIGNING_SECRET, Instant.now().plusSeconds(300));
	}

	/** A token as Monday.com signs it: HS256 over header and claims, base64url without padding. */
	private static String jwt(String secret, Instant expires) throws Exception {
		Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
		String header = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String claims = url.encodeToString(("{\"accountId\":7001,\"userId\":42,\"aud\":\"https://growthhub.example/api/v1/integrations/monday/webhook\","
				+ "\"exp\":" + expires.getEpochSecond() + ",\"iat\":" + (expires.getEpochSecond() - 600) + "}").getBytes(StandardCharsets.UTF_8));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return header + "." + claims + "." + url.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
	}

	private HttpResponse<String> webhook(String authorization, String body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/integrations/monday/webhook"))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
