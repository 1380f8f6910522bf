package com.growthhub.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** The task pages render for members, the column fragment stands alone for htmx, and the forms work without JavaScript. */
class TaskPagesTests extends IdentityTestSupport {

	@Test
	void workspacesBoardsTableAndItemPagesWork() throws Exception {
		String ownerEmail = uniqueEmail("task-pages");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		String memberEmail = uniqueEmail("task-pages-member");
		invitedMember(owner, memberEmail, "member");
		BrowserSession member = signedIn(memberEmail);

		String home = member.get("/tasks").body();
		assertThat(home).contains("No workspaces yet", "data-testid=\"nav-tasks\"");
		member.post("/tasks/workspaces", Map.of("name", "Clients", "_csrf", BrowserSession.csrf(home)));
		String workspace = api().get("/api/v1/workspaces", owner).body().path("items").get(0).path("id").asString();
		HttpResponse<String> created = member.post("/tasks/boards",
				Map.of("workspaceId", workspace, "name", "Launch", "_csrf", BrowserSession.csrf(home)));
		assertThat(created.statusCode()).isEqualTo(302);
		String boardPath = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		String boardId = boardPath.substring(boardPath.lastIndexOf('/') + 1);
		assertThat(member.get("/tasks").body()).contains("Clients", "Launch").doesNotContain("No workspaces yet");

		String board = member.get(boardPath).body();
		assertThat(board).contains("Backlog", "In progress", "Review", "Done", "data-stream", "Sortable.min.js");
		member.post(boardPath + "/items", Map.of("name", "Write the press release", "_csrf", BrowserSession.csrf(board)));
		member.post(boardPath + "/items", Map.of("name", "Book the venue", "_csrf", BrowserSession.csrf(board)));
		assertThat(member.get(boardPath).body()).contains("Write the press release", "Book the venue");
		String column = member.get(boardPath + "/columns/backlog").body();
		assertThat(column).startsWith("<div").contains("Write the press release").doesNotContain("<html");
		assertThat(member.get(boardPath + "/columns/review").body()).doesNotContain("Write the press release");

		String table = member.get(boardPath + "?view=table&sort=name").body();
		assertThat(table.indexOf("Book the venue")).isLessThan(table.indexOf("Write the press release"));
		assertThat(member.get(boardPath + "?view=table&q=venue").body()).contains("Book the venue")
			.doesNotContain("Write the press release");

		String itemId = api().get("/api/v1/boards/" + boardId + "/items?q=venue", owner).body().path("items").get(0)
			.path("id").asString();
		String back = boardPath + "?view=table";
		member.post("/tasks/items/" + itemId, Map.of("status", "done", "back", back, "_csrf", BrowserSession.csrf(table)));
		assertThat(member.get(back).body()).contains("A task cannot go from backlog to done.");
		member.post("/tasks/items/" + itemId, Map.of("status", "in_progress", "name", "Book the big venue", "back", back,
				"_csrf", BrowserSession.csrf(table)));
		assertThat(api().get("/api/v1/items/" + itemId, owner).text("status")).isEqualTo("in_progress");
		assertThat(api().get("/api/v1/items/" + itemId, owner).text("name")).isEqualTo("Book the big venue");

		String page = member.get("/tasks/items/" + itemId).body();
		assertThat(page).contains("Book the big venue", "In progress", "No comments yet.");
		member.post("/tasks/items/" + itemId + "/comments", Map.of("body", "Deposit paid", "_csrf", BrowserSession.csrf(page)));
		member.post("/tasks/items/" + itemId + "/checklist", Map.of("text", "Sign contract", "_csrf", BrowserSession.csrf(page)));
		member.post("/tasks/items/" + itemId + "/subitems", Map.of("name", "Catering", "_csrf", BrowserSession.csrf(page)));
		assertThat(member.get("/tasks/items/" + itemId).body()).contains("Deposit paid", "Sign contract", "Catering");

		String strangerEmail = uniqueEmail("task-pages-stranger");
		registerVerified(strangerEmail);
		BrowserSession stranger = signedIn(strangerEmail);
		assertThat(stranger.get(boardPath).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/tasks/items/" + itemId).statusCode()).isEqualTo(404);
	}
}
