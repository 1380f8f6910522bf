package com.growthhub.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.Ids;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Imports through the API: every dedupe policy, per-row errors and the error file, lists and tags, undo, cancel. */
class ImportIntegrationTests extends IdentityTestSupport {

	private String token;

	@BeforeEach
	void account() {
		String email = uniqueEmail("importer");
		registerVerified(email);
		token = accessToken(email);
	}

	ImportUpload.Answer upload(String csv, Map<String, String> fields) {
		return upload(csv.getBytes(StandardCharsets.UTF_8), "contacts.csv", fields);
	}

	ImportUpload.Answer upload(byte[] content, String name, Map<String, String> fields) {
		return ImportUpload.post(port, token, new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, fields);
	}

	JsonNode finished(String id) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			String status = api().get("/api/v1/imports/" + id, token).text("status");
			return !status.equals("pending") && !status.equals("processing");
		});
		return api().get("/api/v1/imports/" + id, token).body();
	}

	@Test
	void tellsTheImporterWhenTheImportFinished() {
		ImportUpload.Answer started = upload("firstName,lastName,email,phone\nAda,Lovelace,ada@example.com,+1 415 555 0101\n"
				+ "Alan,Turing,not-an-email,+1 415 555 0102\n", Map.of());
		String id = started.body().path("id").asString();
		assertThat(finished(id).path("status").asString()).isEqualTo("completed");
		// The notification follows the import's commit, from an event listener.
		await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/notifications", token).body().path("items")
			.valueStream().anyMatch(item -> item.path("link").asString().equals("/imports/" + id)));
		JsonNode notification = api().get("/api/v1/notifications", token).body().path("items").get(0);
		assertThat(notification.path("title").asString()).isEqualTo("Import of contacts.csv finished");
		assertThat(notification.path("body").asString()).isEqualTo("1 created, 0 updated, 0 skipped, 1 failed");
	}

	@Test
	void importsGoodRowsAndReportsBadOnes() {
		String csv = """
				First Name,Last Name,E-mail,Mobile,Company,Favourite colour
				Ada,Lovelace,ada@example.com,+1 415 555 0101,Analytical,blue
				Alan,Turing,not-an-email,+1 415 555 0102,Bletchley,green
				,Nobody,nobody@example.com,+1 415 555 0104,,red
				Grace,Hopper,grace@example.com,(415) 555-0103,Navy,"red, white"
				Ada,Again,ada@example.com,+1 415 555 0105,,pink
				""";
		ImportUpload.Answer started = upload(csv, Map.of("mapping", "{\"Favourite colour\":\"new\"}"));
		assertThat(started.status()).isEqualTo(202);
		JsonNode job = finished(started.body().path("id").asString());
		assertThat(job.path("status").asString()).isEqualTo("completed");
		JsonNode totals = job.path("totals");
		assertThat(totals.path("total").asLong()).isEqualTo(5);
		assertThat(totals.path("created").asLong()).isEqualTo(2);
		assertThat(totals.path("failed").asLong()).isEqualTo(3);
		assertThat(job.path("errors").toString()).contains("email").contains("firstName")
			.contains("repeats the email of row 2");

		JsonNode grace = api().get("/api/v1/contacts?q=grace@example.com", token).body().path("items").get(0);
		assertThat(grace.path("phone").asString()).isEqualTo("+14155550103");
		assertThat(grace.path("source").asString()).isEqualTo("csv");
		assertThat(grace.path("type").asString()).isEqualTo("contact");
		assertThat(grace.path("status").asString()).as("the type's first status").isNotBlank();
		assertThat(grace.path("customFields").path("favourite_colour").asString()).isEqualTo("red, white");

		CsvDownload.Answer errorFile = CsvDownload.get(port, "/api/v1/imports/" + job.path("id").asString() + "/errors.csv",
				token);
		assertThat(errorFile.status()).isEqualTo(200);
		String errors = errorFile.body();
		assertThat(errors.lines().toList()).hasSize(4);
		assertThat(errors.lines().findFirst().orElseThrow()).endsWith(",error");
		assertThat(errors).contains("Alan,Turing,not-an-email").contains("Ada,Again,ada@example.com");
	}

	@Test
	void dedupePoliciesDecideWhatHappensToExistingContacts() {
		String existing = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Old", "email", "old@example.com", "company",
				"Before Inc")), token).text("id");
		String csv = "firstName,lastName,email,phone,company\nNew,Old,old@example.com,+1 415 555 0111,After Inc\n"
				+ "Fresh,Person,fresh@example.com,+1 415 555 0112,Fresh Co\n";

		JsonNode createOnly = finished(upload(csv, Map.of("dedupePolicy", "create_only")).body().path("id").asString());
		assertThat(createOnly.path("totals").path("created").asLong()).isEqualTo(1);
		assertThat(createOnly.path("totals").path("skipped").asLong()).isEqualTo(1);
		assertThat(api().get("/api/v1/contacts/" + existing, token).text("company")).isEqualTo("Before Inc");

		JsonNode updateOnly = finished(upload("firstName,lastName,email,phone,company\nNew,Old,old@example.com,+1 415 555 0111,After Inc\n"
				+ "Other,Person,other@example.com,+1 415 555 0113,X\n",
				Map.of("dedupePolicy", "update_existing")).body().path("id").asString());
		assertThat(updateOnly.path("totals").path("updated").asLong()).isEqualTo(1);
		assertThat(updateOnly.path("totals").path("skipped").asLong()).isEqualTo(1);
		assertThat(api().get("/api/v1/contacts/" + existing, token).text("company")).isEqualTo("After Inc");
		assertThat(api().get("/api/v1/contacts?q=other@example.com", token).body().path("items").size()).isZero();

		JsonNode upsert = finished(upload("firstName,lastName,email,phone,company\nNewer,Person,newer@example.com,+1 415 555 0199,Phone Match\n"
				+ "Brand,Person,brand@example.com,+1 415 555 0198,New Co\n", Map.of()).body().path("id").asString());
		assertThat(upsert.path("totals").path("created").asLong()).isEqualTo(2);

		// Undo restores the updated company and removes what the import created.
		JsonNode undone = api().post("/api/v1/imports/" + updateOnly.path("id").asString() + "/undo", null, token).body();
		assertThat(undone.hasNonNull("undoneAt")).isTrue();
		assertThat(api().get("/api/v1/contacts/" + existing, token).text("company")).isEqualTo("Before Inc");
		assertThat(api().post("/api/v1/imports/" + updateOnly.path("id").asString() + "/undo", null, token).status())
			.as("only once").isEqualTo(409);
		api().post("/api/v1/imports/" + createOnly.path("id").asString() + "/undo", null, token);
		assertThat(api().get("/api/v1/contacts?q=fresh@example.com", token).body().path("items").size()).isZero();
	}

	@Test
	void campaignNamesBecomeCampaignReferencesAndUndoPutsTheOldOneBack() {
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo"), token).text("id");
		String kept = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Olga",
				"email", "olga@example.com", "campaign", "Spring Promo")), token).text("id");
		JsonNode job = finished(upload("firstName,lastName,email,phone,campaign\n"
				+ "Pia,Park,pia@example.com,+1 415 555 0131,spring PROMO\n"
				+ "Quin,Qi,quin@example.com,+1 415 555 0132,IMPORT fair 2026\n"
				+ "Olga,Ode,olga@example.com,+1 415 555 0133,Import Fair 2026\n", Map.of("dedupePolicy", "upsert"))
			.body().path("id").asString());
		assertThat(job.path("status").asString()).isEqualTo("completed");

		// Linked once the import committed: a large import's second session writes rows only visible then.
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			String now = api().get("/api/v1/contacts/" + kept, token).body().path("campaignId").asString("");
			return !now.isBlank() && !now.equals(spring);
		});
		JsonNode olga = api().get("/api/v1/contacts/" + kept, token).body();
		String fair = olga.path("campaignId").asString();
		assertThat(fair).isNotBlank();
		assertThat(olga.path("campaign").asString()).isEqualTo("Import Fair 2026");
		assertThat(api().get("/api/v1/campaigns/" + fair, token).body().path("name").asString())
			.as("the unknown name became a campaign").isEqualTo("Import Fair 2026");
		assertThat(firstNames(api().get("/api/v1/contacts?campaignId=" + fair, token).body()))
			.containsExactlyInAnyOrder("Quin", "Olga");
		assertThat(firstNames(api().get("/api/v1/contacts?campaignId=" + spring, token).body())).containsExactly("Pia");
		assertThat(api().get("/api/v1/contacts?campaignId=" + fair, token).body().path("items").valueStream()
			.map(c -> c.path("campaign").asString()).distinct().toList())
			.as("per name, the spelling of the contact stored first; every contact in the campaign's")
			.containsExactly("Import Fair 2026");

		api().post("/api/v1/imports/" + job.path("id").asString() + "/undo", null, token);
		JsonNode undone = api().get("/api/v1/contacts/" + kept, token).body();
		assertThat(undone.path("campaignId").asString()).isEqualTo(spring);
		assertThat(undone.path("campaign").asString()).isEqualTo("Spring Promo");
	}

	private static List<String> firstNames(JsonNode page) {
		return page.path("items").valueStream().map(c -> c.path("firstName").asString()).toList();
	}

	@Test
	void addsEveryImportedContactToAListAndTags() {
		String tag = api().post("/api/v1/tags", Map.of("name", "Imported"), token).text("id");
		JsonNode job = finished(upload("firstName,lastName,email,phone\nLiam,Lee,liam@example.com,+1 415 555 0114\n"
				+ "Noah,Ng,noah@example.com,+1 415 555 0115\n",
				Map.of("listName", "Spring leads", "tags", tag)).body().path("id").asString());
		assertThat(job.path("status").asString()).isEqualTo("completed");
		JsonNode list = api().get("/api/v1/lists", token).body().path("items").valueStream()
			.filter(item -> item.path("name").asString().equals("Spring leads"))
			.findFirst()
			.orElse(null);
		assertThat(list).isNotNull();
		assertThat(list.path("memberCount").asInt()).isEqualTo(2);
		assertThat(api().get("/api/v1/contacts?tag=" + tag, token).body().path("items").size()).isEqualTo(2);

		api().post("/api/v1/imports/" + job.path("id").asString() + "/undo", null, token);
		assertThat(api().get("/api/v1/contacts?tag=" + tag, token).body().path("items").size()).isZero();
	}

	@Test
	void refusesWhatItCannotRead() {
		assertThat(api().get("/api/v1/imports?cursor=nonsense", token).status()).isEqualTo(400);
		String badTime = java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(("x|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
		assertThat(api().get("/api/v1/imports?cursor=" + badTime, token).status())
			.as("a well-formed cursor whose time is not one").isEqualTo(400);
		assertThat(upload(new byte[0], "empty.csv", Map.of()).status()).isEqualTo(400);
		assertThat(upload(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R' }, "photo.csv", Map.of())
			.status()).isEqualTo(400);
		assertThat(upload("firstName,email\nA,a@example.com\n", Map.of("dedupePolicy", "sometimes")).status()).isEqualTo(400);
		assertThat(upload("firstName,email\nA,a@example.com\n", Map.of("mapping", "{not json")).status()).isEqualTo(400);
		assertThat(upload("firstName,email\nA,a@example.com\n", Map.of("mapping", "{\"email\":\"shoeSize\"}")).status())
			.isEqualTo(400);
		assertThat(upload("email\na@example.com\n", Map.of()).status()).as("no first name column").isEqualTo(400);
		assertThat(upload("firstName,email\nA,a@example.com\n", Map.of("listId", UUID.randomUUID().toString()))
			.status()).isEqualTo(404);
		assertThat(api().get("/api/v1/imports/" + UUID.randomUUID(), token).status()).isEqualTo(404);

		JsonNode headerOnly = finished(upload("firstName,email\n", Map.of()).body().path("id").asString());
		assertThat(headerOnly.path("status").asString()).isEqualTo("completed");
		assertThat(headerOnly.path("totals").path("total").asLong()).isZero();
	}

	@Test
	void privacyModeRefusesFreeTextColumns() {
		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of());
		ImportUpload.Answer refused = upload("firstName,lastName,email\nA,B,a@example.com\n", Map.of());
		assertThat(refused.status()).as("lastName is not mapped automatically in privacy mode").isEqualTo(202);
		assertThat(upload("firstName,lastName,email\nA,B,a@example.com\n", Map.of("mapping", "{\"lastName\":\"lastName\"}"))
			.status()).isEqualTo(422);
		CsvDownload.Answer templateFile = CsvDownload.get(port, "/api/v1/imports/template.csv", token);
		assertThat(templateFile.status()).isEqualTo(200);
		String template = templateFile.body();
		assertThat(template.lines().findFirst().orElseThrow()).startsWith("firstName,email,phone").doesNotContain("lastName");
	}

	@Test
	void listsPastImportsAndHidesOtherOrganizations() {
		String id = upload("firstName,email\nA,a1@example.com\n", Map.of()).body().path("id").asString();
		finished(id);
		assertThat(api().get("/api/v1/imports", token).body().path("items").get(0).path("id").asString()).isEqualTo(id);
		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String strangerToken = accessToken(stranger);
		ApiClient.Response theirs = api().get("/api/v1/imports/" + id, strangerToken);
		assertThat(theirs.status()).isEqualTo(404);
		assertThat(api().post("/api/v1/imports/" + id + "/undo", null, strangerToken).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/imports", strangerToken).body().path("items")).isInstanceOf(ArrayNode.class).isEmpty();
		assertThat(api().post("/api/v1/imports/" + id + "/cancel", null, token).status()).isEqualTo(409);
	}

	@Test
	void aRowWithoutARequiredFieldFailsNamingItWhateverBadValuesSays() {
		String csv = "firstName,lastName,email,phone\nAda,Lovelace,ada.rq@example.com,+1 415 555 0171\n"
				+ "Alan,,alan.rq@example.com,\n";
		for (String badValues : List.of("skip_row", "skip_field")) {
			JsonNode job = finished(upload(csv, Map.of("badValues", badValues)).body().path("id").asString());
			assertThat(job.path("totals").path("created").asLong() + job.path("totals").path("updated").asLong())
				.isEqualTo(1);
			assertThat(job.path("totals").path("failed").asLong()).isEqualTo(1);
			assertThat(job.path("errors").valueStream().map(e -> e.path("row").asLong() + " " + e.path("field").asString()
					+ " " + e.path("message").asString()))
				.containsExactly("3 lastName is required", "3 phone is required");
		}
		api().exchange("PATCH", "/api/v1/organization", Map.of("requiredFields", List.of("firstName", "email")), token,
				Map.of());
		JsonNode relaxed = finished(upload(csv, Map.of()).body().path("id").asString());
		assertThat(relaxed.path("totals").path("failed").asLong()).as("the organization requires less now").isZero();
	}

	@Test
	void aBadCustomFieldCellIsNamedLikeTheApiNamesIt() {
		api().post("/api/v1/custom-fields", Map.of("key", "budget", "label", "Budget", "type", "number"), token);
		JsonNode job = finished(upload("firstName,lastName,email,phone,Budget\nA,B,a2@example.com,+1 415 555 0121,lots\n",
				Map.of("mapping", "{\"Budget\":\"cf.budget\"}")).body().path("id").asString());
		assertThat(job.path("errors").get(0).path("field").asString()).isEqualTo("customFields.budget");
	}

	@Test
	void readsYesNoAndOneZeroAsBooleans() {
		api().post("/api/v1/custom-fields", Map.of("key", "vip", "label", "VIP", "type", "boolean"), token);
		JsonNode job = finished(upload("firstName,email,VIP,lastName,phone\nA,b1@example.com,Yes,L,+1 415 555 0161\n"
				+ "B,b2@example.com, n ,L,+1 415 555 0162\nC,b3@example.com,1,L,+1 415 555 0163\n"
				+ "D,b4@example.com,FALSE,L,+1 415 555 0164\nE,b5@example.com,Y,L,+1 415 555 0165\n"
				+ "F,b6@example.com,0,L,+1 415 555 0166\n", Map.of()).body().path("id").asString());
		assertThat(job.path("totals").path("created").asLong()).isEqualTo(6);
		assertThat(job.path("totals").path("failed").asLong()).isZero();
		Map<String, Boolean> expected = Map.of("b1", true, "b2", false, "b3", true, "b4", false, "b5", true, "b6", false);
		expected.forEach((who, value) -> assertThat(api().get("/api/v1/contacts?q=" + who + "@example.com", token).body()
			.path("items").get(0).path("customFields").path("vip").asBoolean()).as(who).isEqualTo(value));
	}

	@Test
	void skipFieldImportsTheRowWithoutItsBadValue() {
		api().post("/api/v1/custom-fields", Map.of("key", "budget", "label", "Budget", "type", "number"), token);
		api().post("/api/v1/custom-fields", Map.of("key", "vip", "label", "VIP", "type", "boolean"), token);
		String csv = "firstName,email,Budget,VIP,lastName,phone\nA,f1@example.com,10,yes,L,+1 415 555 0131\n"
				+ "B,f2@example.com,lots,maybe,L,+1 415 555 0132\nC,not-an-email,20,no,L,+1 415 555 0133\n"
				+ "D,f4@example.com,30,no,L,+1 415 555 0134\n";
		JsonNode skipRow = finished(upload(csv, Map.of()).body().path("id").asString());
		assertThat(skipRow.path("badValues").asString()).isEqualTo("skip_row");
		assertThat(skipRow.path("totals").path("created").asLong()).as("the default leaves the row out").isEqualTo(2);
		assertThat(skipRow.path("totals").path("failed").asLong()).isEqualTo(2);
		api().post("/api/v1/imports/" + skipRow.path("id").asString() + "/undo", null, token);

		JsonNode job = finished(upload(csv, Map.of("badValues", "skip_field")).body().path("id").asString());
		assertThat(job.path("badValues").asString()).isEqualTo("skip_field");
		JsonNode totals = job.path("totals");
		assertThat(totals.path("created").asLong()).isEqualTo(3);
		assertThat(totals.path("successful").asLong()).isEqualTo(3);
		assertThat(totals.path("failed").asLong()).as("a bad email still fails its row").isEqualTo(1);
		assertThat(totals.path("fieldsSkipped").asLong()).isEqualTo(2);
		assertThat(job.path("errors").valueStream().map(e -> e.path("row").asLong() + " " + e.path("field").asString()))
			.containsExactly("3 customFields.budget", "3 customFields.vip", "4 email");
		JsonNode b = api().get("/api/v1/contacts?q=f2@example.com", token).body().path("items").get(0);
		assertThat(b.path("firstName").asString()).isEqualTo("B");
		assertThat(b.path("customFields").has("budget")).isFalse();
		assertThat(b.path("customFields").has("vip")).isFalse();
		String errors = CsvDownload.get(port, "/api/v1/imports/" + job.path("id").asString() + "/errors.csv", token).body();
		assertThat(errors).contains("B,f2@example.com,lots,maybe").contains("customFields.budget")
			.contains("C,not-an-email,20,no");
		assertThat(upload(csv, Map.of("badValues", "sometimes")).status()).isEqualTo(400);
	}

	@Test
	void fillEmptyOnlyKeepsWhatPeopleTyped() {
		api().post("/api/v1/custom-fields", Map.of("key", "tier", "label", "Tier", "type", "string"), token);
		api().post("/api/v1/custom-fields", Map.of("key", "region", "label", "Region", "type", "string"), token);
		String typed = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Typed", "email", "typed@example.com", "company",
				"Typed Inc", "customFields", Map.of("tier", "gold"))), token).text("id");
		String csv = "firstName,email,company,jobTitle,Tier,Region,lastName,phone\n"
				+ "File,typed@example.com,File Inc,CTO,silver,north,File,+1 415 555 0141\n";
		JsonNode job = finished(upload(csv, Map.of("fillEmptyOnly", "true")).body().path("id").asString());
		assertThat(job.path("fillEmptyOnly").asBoolean()).isTrue();
		assertThat(job.path("totals").path("updated").asLong()).isEqualTo(1);
		JsonNode kept = api().get("/api/v1/contacts/" + typed, token).body();
		assertThat(kept.path("firstName").asString()).isEqualTo("Typed");
		assertThat(kept.path("company").asString()).isEqualTo("Typed Inc");
		assertThat(kept.path("jobTitle").asString()).as("an empty field is filled").isEqualTo("CTO");
		assertThat(kept.path("customFields").path("tier").asString()).isEqualTo("gold");
		assertThat(kept.path("customFields").path("region").asString()).isEqualTo("north");

		finished(upload(csv, Map.of()).body().path("id").asString());
		JsonNode replaced = api().get("/api/v1/contacts/" + typed, token).body();
		assertThat(replaced.path("company").asString()).as("the default replaces").isEqualTo("File Inc");
		assertThat(replaced.path("customFields").path("tier").asString()).isEqualTo("silver");
	}

	@Test
	void columnsThatNameNoFieldBecomeCustomFieldsUpToTheLimit() {
		JsonNode unnamed = finished(upload("firstName,email,,lastName,phone\nGrace,grace.cf@example.com,,Hopper,+1 415 555 0151\n",
				Map.of()).body().path("id")
			.asString());
		assertThat(unnamed.path("skippedColumns").get(0).path("column").asString()).isEqualTo("Column 3");
		assertThat(api().get("/api/v1/custom-fields", token).body().path("items")).as("no field for a column without a name")
			.isEmpty();
		assertThat(upload("firstName,email,Hobby\nA,a@example.com,chess\n", Map.of("listId", UUID.randomUUID().toString()))
			.status()).isEqualTo(404);
		assertThat(api().get("/api/v1/custom-fields", token).body().path("items")).as("nothing made for a refused import")
			.isEmpty();
		for (int i = 1; i <= 48; i++) {
			assertThat(api().post("/api/v1/custom-fields", Map.of("key", "f" + i, "label", "Field " + i, "type", "string"),
					token).status()).isLessThan(300);
		}
		JsonNode job = finished(upload("firstName,email,Shoe size,Hobby,Pet,lastName,phone\n"
				+ "Ada,ada.cf@example.com,38,chess,cat,Lovelace,+1 415 555 0152\n",
				Map.of("mapping", "{\"Pet\":\"skip\"}")).body().path("id").asString());
		assertThat(job.path("mapping").path("Shoe size").asString()).isEqualTo("cf.shoe_size");
		assertThat(job.path("mapping").path("Hobby").asString()).isEqualTo("cf.hobby");
		assertThat(job.path("skippedColumns")).isEmpty();
		JsonNode ada = api().get("/api/v1/contacts?q=ada.cf@example.com", token).body().path("items").get(0);
		assertThat(ada.path("customFields").path("shoe_size").asString()).isEqualTo("38");
		assertThat(ada.path("customFields").path("hobby").asString()).isEqualTo("chess");
		assertThat(ada.path("customFields").has("pet")).as("mapped to skip").isFalse();

		JsonNode full = finished(upload("firstName,email,Pet,lastName,phone\nAlan,alan.cf@example.com,dog,Turing,+1 415 555 0153\n",
				Map.of()).body().path("id")
			.asString());
		assertThat(full.path("status").asString()).isEqualTo("completed");
		assertThat(full.path("totals").path("created").asLong()).isEqualTo(1);
		assertThat(full.path("mapping").path("Pet").asString()).isEqualTo("skip");
		assertThat(full.path("skippedColumns").get(0).path("column").asString()).isEqualTo("Pet");
		assertThat(full.path("skippedColumns").get(0).path("reason").asString()).contains("50");
	}

	@Test
	void cancelsAPendingImportAtOnceAndAProcessingOneAtItsNextStep() {
		String pending = queued("pending");
		JsonNode cancelled = api().post("/api/v1/imports/" + pending + "/cancel", null, token).body();
		assertThat(cancelled.path("status").asString()).isEqualTo("cancelled");
		assertThat(cancelled.path("finishedAt").isString()).as("finished at once").isTrue();
		String processing = queued("processing");
		assertThat(api().post("/api/v1/imports/" + processing + "/cancel", null, token).body().path("status").asString())
			.as("the job itself stops and rolls back").isEqualTo("processing");
		assertThat(api().post("/api/v1/imports/" + pending + "/cancel", null, token).status()).isEqualTo(409);
	}

	/** An import row in the given status with no job behind it. */
	private String queued(String status) {
		JsonNode me = api().get("/api/v1/me", token).body();
		UUID id = Ids.next();
		transactions.run(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql("""
						insert into imports (id, organization_id, created_by, file_name, file_size, encoding, delimiter, headers,
						    mapping, dedupe_policy, status)
						values (?, ?, ?, 'queued.csv', 10, 'UTF-8', ',', '[]', '{}', 'UPSERT', ?)
						""").params(id, UUID.fromString(me.path("organizationId").asString()),
						UUID.fromString(me.path("id").asString()), status).update());
		return id.toString();
	}
}
