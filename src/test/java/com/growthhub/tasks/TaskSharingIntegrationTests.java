package com.growthhub.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * A board shared with the client: each role's reach. Client users read shared boards and comment on their items and
 * nothing else (403); unshared boards do not exist for them (404); members see every board; another organization none.
 */
class TaskSharingIntegrationTests extends IdentityTestSupport {

	String owner;
	String client;
	String workspace;
	String shared;
	String hidden;
	String item;
	String hiddenItem;

	@BeforeEach
	void boards() {
		String email = uniqueEmail("sharing-owner");
		registerVerified(email);
		owner = accessToken(email);
		client = invitedMember(owner, "client");
		workspace = created(api().post("/api/v1/workspaces", Map.of("name", "Smile Dental"), owner)).text("id");
		shared = created(api().post("/api/v1/boards", Map.of("workspaceId", workspace, "name", "Website"), owner)).text("id");
		hidden = created(api().post("/api/v1/boards", Map.of("workspaceId", workspace, "name", "Internal"), owner)).text("id");
		item = created(api().post("/api/v1/boards/" + shared + "/items", Map.of("name", "New homepage"), owner)).text("id");
		hiddenItem = created(api().post("/api/v1/boards/" + hidden + "/items", Map.of("name", "Margins"), owner)).text("id");
		JsonNode sharing = api().exchange("PATCH", "/api/v1/boards/" + shared, Map.of("sharedWithClient", true), owner, Map.of())
			.body();
		assertThat(sharing.path("sharedWithClient").asBoolean()).isTrue();
	}

	@Test
	void aClientReadsSharedBoardsAndCommentsOnTheirItems() {
		assertThat(ids(api().get("/api/v1/boards", client).body())).containsExactly(shared);
		JsonNode workspaces = api().get("/api/v1/workspaces", client).body().path("items");
		assertThat(workspaces).hasSize(1);
		assertThat(workspaces.get(0).path("boardCount").asLong()).as("only the shared board counts").isEqualTo(1);
		assertThat(api().get("/api/v1/boards/" + shared, client).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/boards/" + shared + "/groups", client).status()).isEqualTo(200);
		assertThat(ids(api().get("/api/v1/boards/" + shared + "/items", client).body())).containsExactly(item);
		created(api().post("/api/v1/items/" + item + "/subitems", Map.of("name", "Hero image"), owner));
		assertThat(api().get("/api/v1/items/" + item, client).text("name")).isEqualTo("New homepage");
		assertThat(api().get("/api/v1/items/" + item + "/subitems", client).body().path("items")).hasSize(1);
		assertThat(api().get("/api/v1/items/" + item + "/checklist", client).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/items/" + item + "/attachments", client).status()).isEqualTo(200);

		JsonNode comment = created(api().post("/api/v1/items/" + item + "/comments", Map.of("body", "Love it"), client)).body();
		assertThat(comment.path("body").asString()).isEqualTo("Love it");
		assertThat(api().get("/api/v1/items/" + item + "/comments", owner).body().path("items").get(0).path("body").asString())
			.as("the agency reads the client's comment").isEqualTo("Love it");
	}

	@Test
	void aClientChangesNothingElseOnASharedBoard() {
		assertThat(api().post("/api/v1/items/" + item + "/move", Map.of("status", "in_progress"), client).status()).isEqualTo(403);
		assertThat(api().exchange("PATCH", "/api/v1/items/" + item, Map.of("name", "Mine"), client, Map.of()).status())
			.isEqualTo(403);
		assertThat(api().exchange("DELETE", "/api/v1/items/" + item, null, client, Map.of()).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/boards/" + shared + "/items", Map.of("name", "Sneak"), client).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/boards/" + shared + "/groups", Map.of("name", "Mine"), client).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/items/" + item + "/subitems", Map.of("name", "Sub"), client).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/items/" + item + "/checklist", Map.of("text", "Do"), client).status()).isEqualTo(403);
		assertThat(api().exchange("PATCH", "/api/v1/boards/" + hidden, Map.of("sharedWithClient", true), client, Map.of())
			.status()).isEqualTo(403);
		assertThat(api().post("/api/v1/workspaces", Map.of("name", "Mine"), client).status()).isEqualTo(403);
		JsonNode after = api().get("/api/v1/items/" + item, owner).body();
		assertThat(after.path("status").asString()).isEqualTo("backlog");
		assertThat(after.path("name").asString()).isEqualTo("New homepage");
	}

	@Test
	void unsharedBoardsAreNotFoundForAClient() {
		assertThat(api().get("/api/v1/boards/" + hidden, client).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/boards/" + hidden + "/items", client).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/items/" + hiddenItem, client).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/items/" + hiddenItem + "/comments", Map.of("body", "hi"), client).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/items/" + hiddenItem + "/move", Map.of("status", "in_progress"), client).status())
			.isEqualTo(404);
		assertThat(api().post("/api/v1/boards/" + hidden + "/items", Map.of("name", "Sneak"), client).status()).isEqualTo(404);

		api().exchange("PATCH", "/api/v1/boards/" + shared, Map.of("sharedWithClient", false), owner, Map.of());
		assertThat(api().get("/api/v1/items/" + item, client).status()).as("sharing stopped").isEqualTo(404);
		assertThat(ids(api().get("/api/v1/boards", client).body())).isEmpty();
		assertThat(api().get("/api/v1/workspaces", client).body().path("items")).isEmpty();
	}

	@Test
	void membersSeeEveryBoardAndOtherOrganizationsNone() {
		String member = invitedMember(owner, "member");
		assertThat(ids(api().get("/api/v1/boards", member).body())).containsExactlyInAnyOrder(shared, hidden);
		assertThat(api().post("/api/v1/items/" + hiddenItem + "/move", Map.of("status", "in_progress"), member).status())
			.isEqualTo(200);
		assertThat(api().exchange("PATCH", "/api/v1/boards/" + hidden, Map.of("sharedWithClient", true), member, Map.of())
			.body().path("sharedWithClient").asBoolean()).isTrue();

		String otherEmail = uniqueEmail("sharing-other");
		registerVerified(otherEmail);
		String otherClient = invitedMember(accessToken(otherEmail), "client");
		assertThat(api().get("/api/v1/boards/" + shared, otherClient).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/items/" + item, otherClient).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/boards/" + shared, Map.of("sharedWithClient", false), accessToken(otherEmail),
				Map.of()).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/boards/" + shared, Map.of(), owner, Map.of()).status())
			.as("the flag is required").isEqualTo(400);
	}

	@Test
	void aDocumentAttachedOnASharedBoardAsksTheClientToReviewIt() throws Exception {
		String clientEmail = uniqueEmail("sharing-reviewer");
		invitedMember(owner, clientEmail, "client");
		assertThat(attach(hiddenItem, "internal-notes.pdf")).isEqualTo(201);
		assertThat(attach(item, "homepage-mockup.pdf")).isEqualTo(201);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> mailbox().latestBody(clientEmail, "document-review").isPresent());
		assertThat(mailbox().latestBody(clientEmail, "document-review").orElseThrow())
			.contains("Please review: homepage-mockup.pdf", "on the task <strong>New homepage</strong>");
		assertThat(mailbox().count(clientEmail, "document-review")).as("nothing about the unshared board's file").isEqualTo(1);
	}

	/** Uploads a small PDF as the owner; answers the status. */
	private int attach(String itemId, String name) throws Exception {
		String boundary = "----growthhub" + System.nanoTime();
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(pdf);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		java.net.http.HttpRequest request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/items/" + itemId + "/attachments"))
			.header("Authorization", "Bearer " + owner).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
		return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private static ApiClient.Response created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response;
	}

	private static List<String> ids(JsonNode page) {
		return page.path("items").valueStream().map(node -> node.path("id").asString()).toList();
	}
}
