package com.growthhub.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/** The task API: the hierarchy, paging, the status rules, comments with mentions, rush jobs, tenancy and bad input. */
class TaskApiIntegrationTests extends IdentityTestSupport {

	String ownerEmail;
	String token;
	String board;

	@BeforeEach
	void board() {
		ownerEmail = uniqueEmail("tasks-api");
		registerVerified(ownerEmail);
		token = accessToken(ownerEmail);
		String workspace = created(api().post("/api/v1/workspaces", Map.of("name", "Agency"), token)).text("id");
		board = created(api().post("/api/v1/boards", Map.of("workspaceId", workspace, "name", "Website"), token)).text("id");
	}

	@Test
	void buildsTheHierarchyAndPagesItems() {
		JsonNode groups = api().get("/api/v1/boards/" + board + "/groups", token).body().path("items");
		assertThat(groups).hasSize(1);
		String design = created(api().post("/api/v1/boards/" + board + "/groups", Map.of("name", "Design"), token)).text("id");

		String first = item("Write copy");
		String second = created(api().post("/api/v1/boards/" + board + "/items",
				Map.of("name", "Draw mockups", "groupId", design, "priority", "high", "dueDate", "2030-01-31"), token)).text("id");
		String third = item("Launch");

		JsonNode mockups = api().get("/api/v1/items/" + second, token).body();
		assertThat(mockups.path("status").asString()).isEqualTo("backlog");
		assertThat(mockups.path("priority").asString()).isEqualTo("high");
		assertThat(mockups.path("groupId").asString()).isEqualTo(design);
		assertThat(mockups.path("dueDate").asString()).isEqualTo("2030-01-31");

		JsonNode page = api().get("/api/v1/boards/" + board + "/items?limit=2", token).body();
		assertThat(ids(page)).containsExactly(third, second);
		JsonNode next = api().get("/api/v1/boards/" + board + "/items?limit=2&cursor=" + page.path("nextCursor").asString(), token)
			.body();
		assertThat(ids(next)).containsExactly(first);
		assertThat(next.path("nextCursor").isMissingNode() || next.path("nextCursor").isNull()).isTrue();
		assertThat(ids(api().get("/api/v1/boards/" + board + "/items?q=mock", token).body())).containsExactly(second);

		String sub = created(api().post("/api/v1/items/" + first + "/subitems", Map.of("name", "Headline"), token)).text("id");
		assertThat(api().get("/api/v1/items/" + first + "/subitems", token).body().path("items").get(0).path("id").asString())
			.isEqualTo(sub);
		assertThat(api().post("/api/v1/items/" + sub + "/subitems", Map.of("name", "Deeper"), token).status()).isEqualTo(422);
		assertThat(ids(api().get("/api/v1/boards/" + board + "/items", token).body())).doesNotContain(sub);

		JsonNode workspaces = api().get("/api/v1/workspaces", token).body();
		assertThat(workspaces.path("items").get(0).path("boardCount").asLong()).isEqualTo(1);
	}

	@Test
	void statusFollowsTheSeedsFlowAndRefusesOtherJumps() {
		String id = item("Fix footer");
		ApiClient.Response jump = move(id, "done", null);
		assertThat(jump.status()).isEqualTo(409);
		assertThat(jump.headers().getContentType().toString()).contains("application/problem+json");
		assertThat(jump.text("status")).isEqualTo("backlog");
		assertThat(jump.body().path("allowed").toString()).isEqualTo("[\"in_progress\"]");
		assertThat(move(id, "review", null).status()).isEqualTo(409);

		assertThat(move(id, "in_progress", null).text("status")).isEqualTo("in_progress");
		assertThat(move(id, "backlog", null).status()).as("no way back to the backlog").isEqualTo(409);
		assertThat(move(id, "review", null).text("status")).isEqualTo("review");
		assertThat(move(id, "in_progress", null).text("status")).as("needs changes").isEqualTo("in_progress");
		assertThat(move(id, "review", null).status()).isEqualTo(200);
		JsonNode done = move(id, "done", null).body();
		assertThat(done.path("status").asString()).isEqualTo("done");
		assertThat(done.path("doneAt").isNull()).isFalse();
		assertThat(move(id, "review", null).status()).as("done is final").isEqualTo(409);

		assertThat(api().exchange("PATCH", "/api/v1/items/" + item("Other"), Map.of("status", "review"), token, Map.of()).status())
			.as("a PATCH of the status follows the same rules").isEqualTo(409);
		assertThat(move(id, "finished", null).status()).isEqualTo(400);
	}

	@Test
	void aMovePlacesTheItemInItsColumnAndAStaleVersionIsRefused() {
		String a = item("A");
		String b = item("B");
		String c = item("C");
		move(a, "in_progress", null);
		move(b, "in_progress", null);
		JsonNode first = move(c, "in_progress", 0).body();
		assertThat(columnOrder("in_progress")).containsExactly(c, a, b);
		move(b, "in_progress", 1);
		assertThat(columnOrder("in_progress")).containsExactly(c, b, a);
		move(c, "in_progress", 5);
		assertThat(columnOrder("in_progress")).containsExactly(b, a, c);

		Map<String, Object> stale = Map.of("status", "review", "position", 0, "version", first.path("version").asLong() - 1);
		ApiClient.Response refused = api().post("/api/v1/items/" + c + "/move", stale, token);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("status")).isEqualTo("in_progress");
	}

	@Test
	void patchChangesAndClearsFields() {
		String id = created(api().post("/api/v1/boards/" + board + "/items",
				Map.of("name", "Logo", "description", "Blue", "priority", "low", "clientAccountId", "0190f0a0-0000-7000-8000-000000000001"),
				token)).text("id");
		Map<String, Object> patch = new HashMap<>();
		patch.put("name", "New logo");
		patch.put("description", null);
		patch.put("priority", "urgent");
		JsonNode changed = api().exchange("PATCH", "/api/v1/items/" + id, patch, token, Map.of()).body();
		assertThat(changed.path("name").asString()).isEqualTo("New logo");
		assertThat(changed.path("description").isNull() || changed.path("description").isMissingNode()).isTrue();
		assertThat(changed.path("priority").asString()).isEqualTo("urgent");
		assertThat(changed.path("clientAccountId").asString()).isEqualTo("0190f0a0-0000-7000-8000-000000000001");

		assertThat(api().exchange("PATCH", "/api/v1/items/" + id, Map.of("priority", "someday"), token, Map.of()).status())
			.isEqualTo(422);
		assertThat(api().exchange("PATCH", "/api/v1/items/" + id, Map.of("dueDate", "tomorrow"), token, Map.of()).status())
			.isEqualTo(422);
		assertThat(api().exchange("PATCH", "/api/v1/items/" + id, Map.of("name", " "), token, Map.of()).status()).isEqualTo(422);
		assertThat(api().exchange("PATCH", "/api/v1/items/" + id,
				Map.of("assigneeIds", List.of("0190f0a0-0000-7000-8000-000000000002")), token, Map.of()).status())
			.as("not a member").isEqualTo(422);
		assertThat(api().post("/api/v1/boards/" + board + "/items", Map.of(), token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/boards/" + board + "/items?cursor=nonsense", token).status()).isEqualTo(400);
	}

	@Test
	void commentsMentionMembersAndRushJobsEmailTheAssignees() {
		String colleagueEmail = uniqueEmail("grace");
		String colleague = invitedMember(token, colleagueEmail, "member");
		String colleagueId = api().get("/api/v1/me", colleague).text("id");

		String id = item("Spring campaign");
		String handle = colleagueEmail.substring(0, colleagueEmail.indexOf('@'));
		JsonNode comment = created(api().post("/api/v1/items/" + id + "/comments",
				Map.of("body", "Could you check this, @" + handle + "?"), token)).body();
		assertThat(comment.path("mentionedIds").toString()).contains(colleagueId);
		assertThat(api().get("/api/v1/items/" + id + "/comments", token).body().path("items")).hasSize(1);
		JsonNode bell = api().get("/api/v1/notifications", colleague).body();
		assertThat(bell.toString()).contains("mentioned you on Spring campaign", "/tasks/items/" + id);

		String rush = created(api().post("/api/v1/boards/" + board + "/items",
				Map.of("name", "Hotfix checkout", "rush", true, "assigneeIds", List.of(colleagueId)), token)).text("id");
		await().atMost(Duration.ofSeconds(20)).until(() -> mailbox().latestBody(colleagueEmail, "rush-job").isPresent());
		assertThat(mailbox().latestBody(colleagueEmail, "rush-job").orElseThrow()).contains("Rush job: Hotfix checkout",
				"Marked rush by");
		assertThat(api().get("/api/v1/notifications", colleague).body().toString()).contains("/tasks/items/" + rush);

		String entry = created(api().post("/api/v1/items/" + id + "/checklist", Map.of("text", "Brief"), token)).text("id");
		assertThat(api().exchange("PATCH", "/api/v1/items/" + id + "/checklist/" + entry, Map.of("done", true), token, Map.of())
			.body().path("done").asBoolean()).isTrue();
	}

	@Test
	void anotherOrganizationsIdsAndUnsharedBoardsAreNotFound() {
		String item = item("Private");
		String otherEmail = uniqueEmail("tasks-other");
		registerVerified(otherEmail);
		String other = accessToken(otherEmail);
		assertThat(api().get("/api/v1/boards/" + board, other).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/boards/" + board + "/items", other).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/items/" + item, other).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/items/" + item + "/move", Map.of("status", "in_progress"), other).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/items/" + item + "/comments", Map.of("body", "hi"), other).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/boards/" + board + "/items", Map.of("name", "Sneak"), other).status()).isEqualTo(404);
		assertThat(ids(api().get("/api/v1/boards", other).body())).isEmpty();

		String client = invitedMember(token, "client");
		assertThat(api().get("/api/v1/boards/" + board, client).status()).as("not shared with the client").isEqualTo(404);
		assertThat(api().get("/api/v1/items/" + item, token).text("status")).isEqualTo("backlog");
	}

	private String item(String name) {
		return created(api().post("/api/v1/boards/" + board + "/items", Map.of("name", name), token)).text("id");
	}

	private ApiClient.Response move(String id, String status, Integer position) {
		Map<String, Object> body = new HashMap<>();
		body.put("status", status);
		body.put("position", position);
		return api().post("/api/v1/items/" + id + "/move", body, token);
	}

	private List<String> columnOrder(String status) {
		JsonNode items = api().get("/api/v1/boards/" + board + "/items?status=" + status, token).body().path("items");
		return items.valueStream().sorted(java.util.Comparator.comparingDouble(item -> item.path("position").asDouble()))
			.map(item -> item.path("id").asString()).toList();
	}

	private static ApiClient.Response created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response;
	}

	private static List<String> ids(JsonNode page) {
		return page.path("items").valueStream().map(item -> item.path("id").asString()).toList();
	}
}
