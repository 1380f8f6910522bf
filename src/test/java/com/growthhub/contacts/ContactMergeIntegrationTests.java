package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

class ContactMergeIntegrationTests extends IdentityTestSupport {

	private String token;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("merge");
		registerVerified(owner);
		token = accessToken(owner);
	}

	private String create(Map<String, Object> fields) {
		ApiClient.Response created = api().post("/api/v1/contacts", ContactMother.complete(fields), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	private ApiClient.Response merge(String primary, String duplicate, Map<String, String> fields) {
		return api().post("/api/v1/contacts/merge", Map.of("primaryId", primary, "duplicateId", duplicate, "fields", fields),
				token);
	}

	@Test
	void mergeTakesChosenFieldsAndMovesEverythingAndUndoRestoresBoth() {
		String vip = api().post("/api/v1/tags", Map.of("name", "VIP"), token).text("id");
		String lead = api().post("/api/v1/tags", Map.of("name", "Lead"), token).text("id");
		String both = api().post("/api/v1/lists", Map.of("name", "Both"), token).text("id");
		String only = api().post("/api/v1/lists", Map.of("name", "Only duplicate"), token).text("id");
		String primary = create(Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@one.example",
				"company", "Engines", "campaign", "Spring Promo", "tags", List.of(vip)));
		String duplicate = create(Map.of("firstName", "Ada", "lastName", "King", "email", "ada@two.example",
				"jobTitle", "Countess", "campaign", "Open Day", "tags", List.of(vip, lead)));
		api().post("/api/v1/lists/" + both + "/members", Map.of("contactIds", List.of(primary, duplicate)), token);
		api().post("/api/v1/lists/" + only + "/members", Map.of("contactIds", List.of(duplicate)), token);
		api().post("/api/v1/contacts/" + primary + "/interactions", Map.of("type", "call"), token);
		api().post("/api/v1/contacts/" + duplicate + "/interactions", Map.of("type", "meeting"), token);
		api().exchange("PUT", "/api/v1/contacts/" + duplicate + "/external-ids/hubspot", Map.of("externalId", "hs-1"),
				token, Map.of());
		JsonNode primaryBefore = api().get("/api/v1/contacts/" + primary, token).body();
		JsonNode duplicateBefore = api().get("/api/v1/contacts/" + duplicate, token).body();

		ApiClient.Response merged = merge(primary, duplicate, Map.of("email", "duplicate", "jobTitle", "duplicate",
				"campaign", "duplicate"));
		assertThat(merged.status()).as(merged.body().toString()).isEqualTo(200);
		JsonNode contact = merged.body().path("contact");
		assertThat(contact.path("id").asString()).isEqualTo(primary);
		assertThat(contact.path("email").asString()).isEqualTo("ada@two.example");
		assertThat(contact.path("jobTitle").asString()).isEqualTo("Countess");
		assertThat(contact.path("lastName").asString()).isEqualTo("Lovelace");
		assertThat(contact.path("company").asString()).isEqualTo("Engines");
		assertThat(contact.path("campaign").asString()).isEqualTo("Open Day");
		assertThat(contact.path("campaignId").asString()).as("the duplicate's campaign itself")
			.isEqualTo(duplicateBefore.path("campaignId").asString()).isNotBlank();
		assertThat(texts(contact.path("tags"))).containsExactlyInAnyOrder(vip, lead);
		assertThat(contact.path("interactionCount").asInt()).isEqualTo(2);
		assertThat(contact.path("leadScore").asInt()).isEqualTo(30);
		assertThat(api().get("/api/v1/contacts/" + duplicate, token).status()).isEqualTo(404);
		assertThat(memberCount(both)).isEqualTo(1);
		assertThat(memberCount(only)).isEqualTo(1);
		assertThat(ids(api().get("/api/v1/contacts?listId=" + only, token).body())).containsExactly(primary);
		assertThat(api().get("/api/v1/contacts/by-external-id/hubspot/hs-1", token).text("id")).isEqualTo(primary);
		assertThat(api().get("/api/v1/contacts/" + primary + "/interactions", token).body().path("items").size()).isEqualTo(2);

		String mergeId = merged.text("mergeId");
		assertThat(api().post("/api/v1/contacts/merges/" + mergeId + "/undo", null, token).status()).isEqualTo(204);
		assertSameContact(api().get("/api/v1/contacts/" + primary, token).body(), primaryBefore);
		assertThat(api().get("/api/v1/contacts/" + primary, token).text("campaignId"))
			.isEqualTo(primaryBefore.path("campaignId").asString());
		assertSameContact(api().get("/api/v1/contacts/" + duplicate, token).body(), duplicateBefore);
		assertThat(memberCount(both)).isEqualTo(2);
		assertThat(ids(api().get("/api/v1/contacts?listId=" + only, token).body())).containsExactly(duplicate);
		assertThat(api().get("/api/v1/contacts/by-external-id/hubspot/hs-1", token).text("id")).isEqualTo(duplicate);
		assertThat(api().get("/api/v1/contacts/" + duplicate + "/interactions", token).body().path("items").size())
			.isEqualTo(1);

		assertThat(api().post("/api/v1/contacts/merges/" + mergeId + "/undo", null, token).status()).isEqualTo(409);
	}

	@Test
	void mergingWithItselfOrATrashedContactIsAConflict() {
		String a = create(Map.of("firstName", "A"));
		String b = create(Map.of("firstName", "B"));
		assertThat(merge(a, a, Map.of()).status()).isEqualTo(409);
		api().exchange("DELETE", "/api/v1/contacts/" + b, null, token, Map.of());
		assertThat(merge(a, b, Map.of()).status()).isEqualTo(409);
		assertThat(merge(a, b, Map.of("shoeSize", "primary")).status()).isEqualTo(400);
		assertThat(merge(a, b, Map.of("email", "both")).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/contacts/merge", Map.of("primaryId", a), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/contacts/merge", Map.of("primaryId", a, "duplicateId", "nope"), token).status())
			.isEqualTo(400);
	}

	@Test
	void aSharedExternalIdPlatformIsAConflict() {
		String a = create(Map.of("firstName", "A"));
		String b = create(Map.of("firstName", "B"));
		api().exchange("PUT", "/api/v1/contacts/" + a + "/external-ids/ghl", Map.of("externalId", "1"), token, Map.of());
		api().exchange("PUT", "/api/v1/contacts/" + b + "/external-ids/ghl", Map.of("externalId", "2"), token, Map.of());
		assertThat(merge(a, b, Map.of()).status()).isEqualTo(409);
		assertThat(api().get("/api/v1/contacts/" + b, token).status()).isEqualTo(200);
	}

	@Test
	void anotherOrganizationsContactsAndMergesAreNotFound() {
		String mine = create(Map.of("firstName", "Mine"));
		String other = create(Map.of("firstName", "Other"));
		String mergeId = merge(mine, other, Map.of()).text("mergeId");
		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String theirs = accessToken(stranger);
		String their = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Theirs")), theirs).text("id");
		assertThat(api().post("/api/v1/contacts/merge", Map.of("primaryId", their, "duplicateId", mine), theirs).status())
			.isEqualTo(404);
		assertThat(api().post("/api/v1/contacts/merges/" + mergeId + "/undo", null, theirs).status()).isEqualTo(404);
	}

	@Test
	void duplicatesListsPairsBySamePhoneAndSimilarNameAtOneCompany() {
		String phoneA = create(Map.of("firstName", "Grace", "phone", "+14155552672"));
		String phoneB = create(Map.of("firstName", "G.", "lastName", "Hopper", "phone", "(415) 555-2672"));
		String nameA = create(Map.of("firstName", "John", "lastName", "Smith", "company", "Acme"));
		String nameB = create(Map.of("firstName", "Jon", "lastName", "Smith", "company", "ACME"));
		create(Map.of("firstName", "Jon", "lastName", "Smith", "company", "Other Co"));
		create(Map.of("firstName", "Mary", "lastName", "Jones", "company", "Acme"));

		ApiClient.Response answer = api().get("/api/v1/contacts/duplicates", token);
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
		List<String> pairs = new ArrayList<>();
		answer.body().path("items").forEach(item -> pairs.add(item.path("reason").asString() + ":"
				+ String.join(",", List.of(item.path("first").path("id").asString(), item.path("second").path("id").asString())
					.stream().sorted().toList())));
		assertThat(pairs).containsExactlyInAnyOrder("phone:" + sorted(phoneA, phoneB), "name_company:" + sorted(nameA, nameB));
	}

	@Test
	void membersWhoSeeTheirOwnContactsOnlyCannotMergeOthers() {
		String others = create(Map.of("firstName", "Owned", "lastName", "Elsewhere", "company", "Same"));
		String member = invitedMember(token, "member");
		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("memberVisibility", "OWN"), token, Map.of())
			.status()).isEqualTo(200);
		String own = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Owned", "lastName", "Elsewhere", "company", "Same")),
				member).text("id");
		assertThat(api().post("/api/v1/contacts/merge", Map.of("primaryId", own, "duplicateId", others), member).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/contacts/duplicates", member).body().path("items").size()).isZero();
		assertThat(api().get("/api/v1/contacts/duplicates", token).body().path("items").size()).isEqualTo(1);
		assertThat(api().post("/api/v1/contacts/bulk", Map.of("ids", List.of(own, others), "action", "delete"), member)
			.status()).isEqualTo(404);
	}

	@Test
	void privacyModeRefusesChoosingTheDuplicatesFreeText() {
		String primary = create(Map.of("firstName", "Pat"));
		String duplicate = create(Map.of("firstName", "Pat", "lastName", "Written before privacy mode"));
		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of());
		assertThat(merge(primary, duplicate, Map.of("lastName", "duplicate")).status()).isEqualTo(422);
		assertThat(merge(primary, duplicate, Map.of()).status()).isEqualTo(200);
	}

	@Test
	void aMergeCanBeUndoneForThirtyDaysOnly() {
		String mergeId = merge(create(Map.of("firstName", "A")), create(Map.of("firstName", "B")), Map.of()).text("mergeId");
		transactions.run(com.growthhub.platform.tenancy.TenantScope.system(new com.growthhub.platform.tenancy.Actor.Job("test")),
				() -> jdbc.sql("update contact_merges set merged_at = now() - interval '31 days' where id = ?::uuid")
					.param(mergeId).update());
		assertThat(api().post("/api/v1/contacts/merges/" + mergeId + "/undo", null, token).status()).isEqualTo(409);
	}

	@Test
	void undoIsAConflictWhenAnotherContactTookTheDuplicatesEmail() {
		String primary = create(Map.of("firstName", "A"));
		String duplicate = create(Map.of("firstName", "B", "email", "b@taken.example"));
		String mergeId = merge(primary, duplicate, Map.of()).text("mergeId");
		create(Map.of("firstName", "C", "email", "b@taken.example"));
		assertThat(api().post("/api/v1/contacts/merges/" + mergeId + "/undo", null, token).status()).isEqualTo(409);
		assertThat(api().get("/api/v1/contacts/" + duplicate, token).status()).isEqualTo(404);
	}

	private static String sorted(String a, String b) {
		return String.join(",", List.of(a, b).stream().sorted().toList());
	}

	private int memberCount(String list) {
		for (var item : api().get("/api/v1/lists", token).body().path("items")) {
			if (item.path("id").asString().equals(list)) {
				return item.path("memberCount").asInt();
			}
		}
		throw new AssertionError("no list " + list);
	}

	private static List<String> texts(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.asString()));
		return values;
	}

	private static List<String> ids(JsonNode page) {
		List<String> values = new ArrayList<>();
		page.path("items").forEach(node -> values.add(node.path("id").asString()));
		return values;
	}

	/** Equal apart from the bookkeeping columns every write moves. */
	private static void assertSameContact(JsonNode actual, JsonNode expected) {
		var left = ((tools.jackson.databind.node.ObjectNode) actual.deepCopy());
		var right = ((tools.jackson.databind.node.ObjectNode) expected.deepCopy());
		for (String moving : List.of("updatedAt", "version")) {
			left.remove(moving);
			right.remove(moving);
		}
		assertThat(left).isEqualTo(right);
	}
}
