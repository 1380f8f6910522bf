package com.growthhub.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.tasks.internal.TaskRetention;

/** Done items archive after 30 days and are purged after the retention; the clock is moved, not waited for. */
class TaskRetentionIntegrationTests extends IdentityTestSupport {

	@Autowired
	TaskRetention retention;

	@Test
	void doneItemsArchiveAfterThirtyDaysAndArePurgedAfterTheRetention() {
		String email = uniqueEmail("tasks-retention");
		registerVerified(email);
		String token = accessToken(email);
		String workspace = api().post("/api/v1/workspaces", Map.of("name", "Ops"), token).text("id");
		String board = api().post("/api/v1/boards", Map.of("workspaceId", workspace, "name", "Retention"), token).text("id");
		String done = api().post("/api/v1/boards/" + board + "/items", Map.of("name", "Shipped"), token).text("id");
		String open = api().post("/api/v1/boards/" + board + "/items", Map.of("name", "Still open"), token).text("id");
		api().post("/api/v1/items/" + done + "/subitems", Map.of("name", "Part of it"), token);
		for (String status : new String[] { "in_progress", "review", "done" }) {
			assertThat(api().post("/api/v1/items/" + done + "/move", Map.of("status", status), token).status()).isEqualTo(200);
		}
		api().post("/api/v1/items/" + open + "/move", Map.of("status", "in_progress"), token);

		retention.run(Clock.offset(Clock.systemUTC(), Duration.ofDays(29)));
		assertThat(archivedAt(done, token)).as("29 days after: still on the board").isTrue();

		TaskRetention.Outcome archived = retention.run(Clock.offset(Clock.systemUTC(), Duration.ofDays(31)));
		assertThat(archived.archived()).isGreaterThanOrEqualTo(1);
		assertThat(archivedAt(done, token)).isFalse();
		assertThat(archivedAt(open, token)).as("not done: never archived").isTrue();
		assertThat(api().get("/api/v1/boards/" + board + "/items", token).body().path("items").toString())
			.doesNotContain(done).contains(open);
		assertThat(api().get("/api/v1/boards/" + board + "/items?archived=true", token).body().path("items").toString())
			.contains(done);

		retention.run(Clock.offset(Clock.systemUTC(), Duration.ofDays(31 + 364)));
		assertThat(api().get("/api/v1/items/" + done, token).status()).as("within the retention").isEqualTo(200);
		retention.run(Clock.offset(Clock.systemUTC(), Duration.ofDays(31 + 366)));
		assertThat(api().get("/api/v1/items/" + done, token).status()).as("purged").isEqualTo(404);
		assertThat(api().get("/api/v1/items/" + open, token).status()).isEqualTo(200);
	}

	/** Whether the item is still unarchived. */
	private boolean archivedAt(String id, String token) {
		var item = api().get("/api/v1/items/" + id, token).body().path("archivedAt");
		return item.isMissingNode() || item.isNull();
	}
}
