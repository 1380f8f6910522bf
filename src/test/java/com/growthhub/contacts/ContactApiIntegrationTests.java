package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

class ContactApiIntegrationTests extends IdentityTestSupport {

	private String owner;
	private String token;

	@BeforeEach
	void organization() {
		owner = uniqueEmail("crm");
		registerVerified(owner);
		token = accessToken(owner);
	}

	private ApiClient.Response create(Map<String, Object> fields) {
		return api().post("/api/v1/contacts", ContactMother.complete(fields), token);
	}

	@Test
	void createsReadsAndChangesAContact() {
		ApiClient.Response created = create(Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ADA@Example.com",
				"phone", "(415) 555-2671", "company", "Analytical Engines", "priority", "high", "source", "csv"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("email")).isEqualTo("ada@example.com");
		assertThat(created.text("phone")).isEqualTo("+14155552671");
		assertThat(created.text("type")).isEqualTo("contact");
		assertThat(created.text("status")).isEqualTo("new");
		assertThat(created.text("priority")).isEqualTo("high");
		assertThat(created.text("source")).isEqualTo("csv");
		String id = created.text("id");

		ApiClient.Response patched = api().exchange("PATCH", "/api/v1/contacts/" + id,
				Map.of("jobTitle", "Mathematician", "status", "warm"), token, Map.of());
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.text("jobTitle")).isEqualTo("Mathematician");
		assertThat(patched.text("lastName")).isEqualTo("Lovelace");

		Map<String, Object> clear = new HashMap<>();
		clear.put("company", null);
		assertThat(api().exchange("PATCH", "/api/v1/contacts/" + id, clear, token, Map.of()).body().has("company")).isFalse();
	}

	@Test
	void aDuplicateEmailAnswersConflictWithTheExistingId() {
		String id = create(Map.of("firstName", "Ada", "email", "ada@dup.example")).text("id");
		ApiClient.Response duplicate = create(Map.of("firstName", "Other", "email", "ADA@dup.example"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.text("existingId")).isEqualTo(id);
	}

	@Test
	void badFieldsAreNamed() {
		ApiClient.Response answer = create(Map.of("firstName", "", "email", "not-an-email", "phone", "12", "priority", "urgent",
				"shoeSize", 44));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().path("errors").toString()).contains("firstName", "email", "phone", "priority", "shoeSize");
		assertThat(create(Map.of("firstName", List.of("x"))).status()).isEqualTo(400);
	}

	@Test
	void customFieldsAreTypedAndLimitedToFifty() {
		ApiClient.Response budget = api().post("/api/v1/custom-fields", Map.of("key", "budget", "label", "Budget", "type", "number"), token);
		assertThat(budget.status()).as(budget.body().toString()).isEqualTo(201);
		api().post("/api/v1/custom-fields",
				Map.of("key", "tier", "label", "Tier", "type", "select", "options", List.of("gold", "silver")), token);

		assertThat(create(Map.of("firstName", "A", "customFields", Map.of("budget", "lots"))).status()).isEqualTo(400);
		assertThat(create(Map.of("firstName", "A", "customFields", Map.of("tier", "bronze"))).status()).isEqualTo(400);
		assertThat(create(Map.of("firstName", " ", "phone", "call me", "customFields", Map.of("budget", "lots", "tier", "bronze")))
			.body().path("errors").findValuesAsString("field")).as("every bad field at once")
			.containsExactlyInAnyOrder("firstName", "phone", "customFields.budget", "customFields.tier");
		assertThat(create(Map.of("firstName", "A", "customFields", Map.of("unknown", 1))).body().path("errors").toString())
			.contains("customFields.unknown");
		ApiClient.Response good = create(Map.of("firstName", "Rich", "customFields", Map.of("budget", 5000, "tier", "gold")));
		assertThat(good.body().toString()).doesNotContain("errors");
		assertThat(good.status()).isEqualTo(201);
		create(Map.of("firstName", "Poor", "customFields", Map.of("budget", 10, "tier", "silver")));

		JsonNode gold = api().get("/api/v1/contacts?cf.tier=gold", token).body().path("items");
		assertThat(gold.size()).isEqualTo(1);
		assertThat(gold.get(0).path("firstName").asString()).isEqualTo("Rich");

		for (int i = 2; i < 50; i++) {
			assertThat(api().post("/api/v1/custom-fields", Map.of("key", "f" + i, "label", "F" + i, "type", "string"), token)
				.status()).isEqualTo(201);
		}
		ApiClient.Response fiftyFirst = api().post("/api/v1/custom-fields",
				Map.of("key", "one_too_many", "label", "X", "type", "string"), token);
		assertThat(fiftyFirst.status()).isEqualTo(409);
	}

	@Test
	void conversionsMoveForwardOnly() {
		String id = create(Map.of("firstName", "T", "type", "target")).text("id");
		assertThat(api().get("/api/v1/contacts?type=target", token).body().path("items").size()).isEqualTo(1);
		assertThat(api().get("/api/v1/contacts?type=martian", token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/contacts/" + id + "/convert", Map.of("toType", "client"), token).status())
			.isEqualTo(409);
		ApiClient.Response contact = api().post("/api/v1/contacts/" + id + "/convert", Map.of("toType", "contact"), token);
		assertThat(contact.text("type")).isEqualTo("contact");
		ApiClient.Response plug = api().post("/api/v1/contacts/" + id + "/convert", Map.of("toType", "plug", "status", "submitted"), token);
		assertThat(plug.text("type")).isEqualTo("plug");
		assertThat(api().post("/api/v1/contacts/" + id + "/convert", Map.of("toType", "target"), token).status()).isEqualTo(409);
		JsonNode timeline = api().get("/api/v1/contacts/" + id + "/interactions", token).body().path("items");
		assertThat(timeline.get(0).path("type").asString()).isEqualTo("conversion");
		assertThat(timeline.get(0).path("payload").path("to").asString()).isEqualTo("plug");
	}

	@Test
	void loggingAnInteractionMovesScoreAndLastInteraction() {
		String id = create(Map.of("firstName", "Scored")).text("id");
		assertThat(api().post("/api/v1/contacts/" + id + "/interactions", Map.of("type", "meeting", "text", "Coffee"), token)
			.status()).isEqualTo(201);
		api().post("/api/v1/contacts/" + id + "/interactions", Map.of("type", "call"), token);
		ApiClient.Response contact = api().get("/api/v1/contacts/" + id, token);
		assertThat(contact.body().path("leadScore").asInt()).isEqualTo(30);
		assertThat(contact.body().path("interactionCount").asInt()).isEqualTo(2);
		assertThat(contact.text("lastInteractionAt")).isNotBlank();
		assertThat(api().post("/api/v1/contacts/" + id + "/interactions", Map.of("type", "telepathy"), token).status())
			.isEqualTo(400);

		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("scoring", Map.of("meeting", 100)), token, Map.of())
			.status()).isEqualTo(200);
		assertThat(api().get("/api/v1/contacts/" + id, token).body().path("leadScore").asInt()).isEqualTo(100);
	}

	@Test
	void findsWithATypoAndPagesByCursor() {
		create(Map.of("firstName", "John", "lastName", "Smith", "company", "Acme"));
		create(Map.of("firstName", "Jane", "lastName", "Doe"));
		JsonNode found = api().get("/api/v1/contacts?q=Jhon Smiht", token).body().path("items");
		assertThat(found.size()).isGreaterThanOrEqualTo(1);
		assertThat(found.get(0).path("lastName").asString()).isEqualTo("Smith");
		assertThat(api().get("/api/v1/contacts?q=acme", token).body().path("items").size()).isEqualTo(1);
		assertThat(api().get("/api/v1/contacts?q=Acmee", token).body().path("items").size()).as("typo in a company").isEqualTo(1);
		assertThat(api().get("/api/v1/contacts?q=smi", token).body().path("items").size()).as("prefix").isEqualTo(1);
		assertThat(api().get("/api/v1/contacts?q=zzzzqqq", token).body().path("items").size()).isZero();
		create(Map.of("firstName", "Jürgen", "lastName", "Müller"));
		assertThat(api().get("/api/v1/contacts?q=jürgen", token).body().path("items").size()).as("accented letters").isEqualTo(1);
		assertThat(api().get("/api/v1/contacts?q=Jürgen Mülller", token).body().path("items").size()).as("typo in an accented word")
			.isEqualTo(1);
		create(Map.of("firstName", "Mail", "email", "mail.person@example.org"));
		assertThat(api().get("/api/v1/contacts?q=mail.person@ex", token).body().path("items").get(0).path("firstName")
			.asString()).isEqualTo("Mail");
		assertThat(api().get("/api/v1/contacts?q=--!", token).status()).isEqualTo(400);

		for (int i = 0; i < 5; i++) {
			create(Map.of("firstName", "Page" + i));
		}
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = api().get("/api/v1/contacts?sort=name&limit=3" + (cursor == null ? "" : "&cursor=" + cursor), token)
				.body();
			page.path("items").forEach(item -> seen.add(item.path("firstName").asString()));
			cursor = page.path("nextCursor").isMissingNode() || page.path("nextCursor").isNull() ? null
					: page.path("nextCursor").asString();
		}
		while (cursor != null);
		assertThat(seen).hasSize(9).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(api().get("/api/v1/contacts?cursor=nonsense", token).status()).isEqualTo(400);
	}

	@Test
	void tagsListsAndCustomFieldsAnswerByIdAndHideOtherOrganizations() {
		String tag = api().post("/api/v1/tags", Map.of("name", "Gold"), token).text("id");
		String list = api().post("/api/v1/lists", Map.of("name", "Partners"), token).text("id");
		String field = api().post("/api/v1/custom-fields", Map.of("key", "tier", "label", "Tier", "type", "string"), token)
			.text("id");
		assertThat(api().get("/api/v1/tags/" + tag, token).text("name")).isEqualTo("Gold");
		assertThat(api().get("/api/v1/lists/" + list, token).text("name")).isEqualTo("Partners");
		assertThat(api().get("/api/v1/custom-fields/" + field, token).text("key")).isEqualTo("tier");

		String stranger = uniqueEmail("other");
		registerVerified(stranger);
		String other = accessToken(stranger);
		for (String path : List.of("/api/v1/tags/" + tag, "/api/v1/lists/" + list, "/api/v1/custom-fields/" + field)) {
			ApiClient.Response hidden = api().get(path, other);
			assertThat(hidden.status()).as(path).isEqualTo(404);
			assertThat(hidden.headers().getContentType()).as(path).hasToString("application/problem+json");
		}
	}

	@Test
	void tagsAndListsKeepExactCounts() {
		String vip = api().post("/api/v1/tags", Map.of("name", "VIP", "color", "#ff0000"), token).text("id");
		assertThat(api().post("/api/v1/tags", Map.of("name", "vip"), token).status()).isEqualTo(409);
		String a = create(Map.of("firstName", "A", "tags", List.of(vip))).text("id");
		String b = create(Map.of("firstName", "B")).text("id");
		assertThat(api().get("/api/v1/contacts?tag=" + vip, token).body().path("items").size()).isEqualTo(1);

		String list = api().post("/api/v1/lists", Map.of("name", "Newsletter"), token).text("id");
		ApiClient.Response added = api().post("/api/v1/lists/" + list + "/members", Map.of("contactIds", List.of(a, b)), token);
		assertThat(added.body().path("memberCount").asInt()).isEqualTo(2);
		api().post("/api/v1/lists/" + list + "/members", Map.of("contactIds", List.of(a)), token);
		ApiClient.Response removed = api().exchange("DELETE", "/api/v1/lists/" + list + "/members",
				Map.of("contactIds", List.of(b)), token, Map.of());
		assertThat(removed.body().path("memberCount").asInt()).isEqualTo(1);
		assertThat(api().get("/api/v1/contacts?listId=" + list, token).body().path("items").size()).isEqualTo(1);
		assertThat(api().get("/api/v1/lists/" + list + "/members", token).body().path("items").get(0).path("id").asString())
			.isEqualTo(a);
	}

	@Test
	void trashAndRestore() {
		String id = create(Map.of("firstName", "Gone", "email", "gone@example.com")).text("id");
		assertThat(api().exchange("DELETE", "/api/v1/contacts/" + id, null, token, Map.of()).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/contacts/" + id, token).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/contacts?deleted=true", token).body().path("items").get(0).path("id").asString())
			.isEqualTo(id);
		assertThat(api().post("/api/v1/contacts/" + id + "/restore", null, token).text("firstName")).isEqualTo("Gone");
	}

	@Test
	void privacyModeRefusesFreeText() {
		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of()).status())
			.isEqualTo(200);
		ApiClient.Response refused = create(Map.of("firstName", "Pat", "lastName", "Secret", "notes", "allergic"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text("detail")).contains("privacy mode");
		String id = api().post("/api/v1/contacts", ContactMother.completeWithoutLastName(Map.of("firstName", "Pat")), token)
			.text("id");
		assertThat(api().post("/api/v1/contacts/" + id + "/interactions", Map.of("type", "note", "text", "diagnosis"), token)
			.status()).isEqualTo(422);
		assertThat(api().get("/api/v1/organization", token).body().path("privacyMode").asBoolean()).isTrue();
	}

	@Test
	void anotherOrganizationsContactIsNotFound() {
		String id = create(Map.of("firstName", "Mine")).text("id");
		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String theirs = accessToken(stranger);
		assertThat(api().get("/api/v1/contacts/" + id, theirs).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/contacts/" + id, Map.of("firstName", "Hacked"), theirs, Map.of()).status())
			.isEqualTo(404);
		assertThat(api().post("/api/v1/contacts/" + id + "/interactions", Map.of("type", "call"), theirs).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/contacts", theirs).body().path("items").size()).isZero();
	}
}
