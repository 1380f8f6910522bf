package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

class ContactBulkIntegrationTests extends IdentityTestSupport {

	private String owner;
	private String token;

	@BeforeEach
	void organization() {
		owner = uniqueEmail("bulk");
		registerVerified(owner);
		token = accessToken(owner);
	}

	private String create(String firstName) {
		return api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", firstName)), token).text("id");
	}

	private ApiClient.Response bulk(List<String> ids, String action, Map<String, Object> argument) {
		Map<String, Object> body = new HashMap<>(argument);
		body.put("ids", ids);
		body.put("action", action);
		return api().post("/api/v1/contacts/bulk", body, token);
	}

	@Test
	void tagsAndUntagsASelection() {
		String a = create("A");
		String b = create("B");
		String tag = api().post("/api/v1/tags", Map.of("name", "Hot"), token).text("id");
		assertThat(bulk(List.of(a, b), "tag", Map.of("tagId", tag)).body().path("affected").asInt()).isEqualTo(2);
		assertThat(bulk(List.of(a, b), "tag", Map.of("tagId", tag)).body().path("affected").asInt()).isZero();
		assertThat(api().get("/api/v1/contacts?tag=" + tag, token).body().path("items").size()).isEqualTo(2);
		assertThat(api().get("/api/v1/contacts/" + a + "/interactions", token).body().path("items").get(0).path("type")
			.asString()).isEqualTo("tag_added");
		assertThat(api().get("/api/v1/contacts/" + a, token).body().path("interactionCount").asInt()).isEqualTo(1);
		assertThat(bulk(List.of(a), "untag", Map.of("tagId", tag)).body().path("affected").asInt()).isEqualTo(1);
		assertThat(api().get("/api/v1/contacts?tag=" + tag, token).body().path("items").size()).isEqualTo(1);
		assertThat(bulk(List.of(a), "tag", Map.of()).status()).isEqualTo(400);
		assertThat(bulk(List.of(a), "tag", Map.of("tagId", UUID.randomUUID())).status()).isEqualTo(404);
	}

	@Test
	void addsToAndRemovesFromAListWithExactCounts() {
		String a = create("A");
		String b = create("B");
		String list = api().post("/api/v1/lists", Map.of("name", "Bulk"), token).text("id");
		api().post("/api/v1/lists/" + list + "/members", Map.of("contactIds", List.of(a)), token);
		assertThat(bulk(List.of(a, b), "add_to_list", Map.of("listId", list)).body().path("affected").asInt()).isEqualTo(1);
		assertThat(api().get("/api/v1/lists/" + list + "/members", token).body().path("items").size()).isEqualTo(2);
		bulk(List.of(a, b), "remove_from_list", Map.of("listId", list));
		assertThat(api().get("/api/v1/lists/" + list + "/members", token).body().path("items").size()).isZero();
	}

	@Test
	void changesOwnerToMembersOnly() {
		String a = create("A");
		String me = api().get("/api/v1/contacts/" + a, token).text("ownerId");
		assertThat(bulk(List.of(a), "change_owner", Map.of("ownerId", me)).body().path("affected").asInt()).isZero();
		assertThat(bulk(List.of(a), "change_owner", Map.of("ownerId", UUID.randomUUID())).status()).isEqualTo(400);
	}

	@Test
	void deletesASelectionIntoTheTrash() {
		String a = create("A");
		String b = create("B");
		assertThat(bulk(List.of(a, b), "delete", Map.of()).body().path("affected").asInt()).isEqualTo(2);
		assertThat(api().get("/api/v1/contacts?deleted=true", token).body().path("items").size()).isEqualTo(2);
		assertThat(bulk(List.of(a), "delete", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void theListPageAsksBeforeDeletingAndSaysHowManyWereDeleted() throws Exception {
		String a = create("A");
		String b = create("B");
		BrowserSession pages = signedIn(owner);
		String list = pages.get("/contacts?sort=name").body();

		var asked = pages.post("/contacts/bulk", Map.of("ids", a + "," + b, "action", "delete", "sort", "name",
				"_csrf", BrowserSession.csrf(list)));
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("data-testid=\"bulk-confirm\"", "Delete 2 contacts", "value=\"" + a + "\"",
				"name=\"confirmed\" value=\"true\"", "href=\"/contacts?sort=name\"");
		assertThat(api().get("/api/v1/contacts?deleted=true", token).body().path("items")).as("nothing deleted yet").isEmpty();

		var deleted = pages.post("/contacts/bulk", Map.of("ids", a + "," + b, "action", "delete", "confirmed", "true",
				"sort", "name", "_csrf", BrowserSession.csrf(asked.body())));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/contacts?deleted=true", token).body().path("items").size()).isEqualTo(2);
		var back = java.net.URI.create(deleted.headers().firstValue("Location").orElseThrow());
		assertThat(back.getRawQuery()).isEqualTo("sort=name");
		assertThat(pages.get(back.getRawPath() + "?" + back.getRawQuery()).body()).contains("2 contacts deleted.");
	}

	@Test
	void anIdThatIsNotVisibleFailsTheWholeRequest() {
		String a = create("A");
		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String theirs = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Theirs")), accessToken(stranger)).text("id");
		assertThat(bulk(List.of(a, theirs), "delete", Map.of()).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/contacts/" + a, token).status()).isEqualTo(200);
	}

	@Test
	void malformedRequestsAreRefused() {
		String a = create("A");
		assertThat(bulk(List.of(a), "explode", Map.of()).status()).isEqualTo(400);
		assertThat(bulk(List.of(), "delete", Map.of()).status()).isEqualTo(400);
		List<String> tooMany = java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(1001).toList();
		assertThat(bulk(tooMany, "delete", Map.of()).status()).isEqualTo(400);
	}

	@Test
	void savedViewsBelongToTheirAuthor() {
		ApiClient.Response saved = api().post("/api/v1/contacts/views",
				Map.of("name", "Hot leads", "query", Map.of("type", "lead", "status", "hot_lead", "cf.tier", "gold")), token);
		assertThat(saved.status()).as(saved.body().toString()).isEqualTo(201);
		assertThat(saved.body().path("query").path("status").asString()).isEqualTo("hot_lead");
		assertThat(api().post("/api/v1/contacts/views", Map.of("name", "Hot leads", "query", Map.of()), token).status())
			.isEqualTo(409);
		assertThat(api().post("/api/v1/contacts/views", Map.of("name", "Bad", "query", Map.of("shoe", 1)), token).status())
			.isEqualTo(400);
		assertThat(api().get("/api/v1/contacts/views", token).body().path("items").size()).isEqualTo(1);

		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String theirs = accessToken(stranger);
		assertThat(api().get("/api/v1/contacts/views", theirs).body().path("items").size()).isZero();
		assertThat(api().get("/api/v1/contacts/views/" + saved.text("id"), token).text("name")).isEqualTo("Hot leads");
		assertThat(api().get("/api/v1/contacts/views/" + saved.text("id"), theirs).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/contacts/views/" + saved.text("id"), null, theirs, Map.of()).status())
			.isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/contacts/views/" + saved.text("id"), null, token, Map.of()).status())
			.isEqualTo(204);
	}
}
