package com.growthhub.integrations.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.integrations.FakeHubSpot;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * The owner by email, the lifecycle and per-field conflict times, against the in-memory HubSpot (which holds values
 * as the HubSpot connector hands them to the engine: the owner as an email, the stage as a GrowthHub lifecycle; the
 * translation itself is tested in the connectors' tests).
 */
class SyncFieldsIntegrationTests extends IdentityTestSupport {

	@Autowired
	JdbcTemplate jdbcTemplate;

	private static final Instant PAST = Instant.parse("2026-10-01T00:00:00Z");

	record Org(String ownerEmail, String owner, UUID id, String token, FakeHubSpot.Portal portal) {
	}

	@Test
	void theOwnerCrossesAsAMembersEmailAndAnEmailNoMemberHasIsLeftOutWithAWarning() {
		Org org = organization();
		String memberEmail = uniqueEmail("sync-member");
		invitedMember(org.owner(), memberEmail, "member");
		org.portal().put("o1", PAST, person("owned@example.com", "Owned", Map.of("hubspot_owner_id", memberEmail.toUpperCase())));
		org.portal().put("o2", PAST, person("stranger@example.com", "Stranger", Map.of("hubspot_owner_id", "nobody-here@example.com")));
		connect(org);
		JsonNode run = awaitFinished(org);

		assertThat(run.path("status").asString()).isEqualTo("succeeded");
		assertThat(run.path("created").asInt()).isEqualTo(2);
		assertThat(contact(org, "owned@example.com").path("ownerId").asString()).isEqualTo(userId(org, memberEmail));
		assertThat(contact(org, "stranger@example.com").path("firstName").asString()).isEqualTo("Stranger");
		JsonNode errors = errors(org, run);
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).path("kind").asString()).isEqualTo("warning");
		assertThat(errors.get(0).path("externalId").asString()).isEqualTo("o2");
		assertThat(errors.get(0).path("field").asString()).isEqualTo("ownerEmail");
		assertThat(errors.get(0).path("message").asString()).contains("nobody-here@example.com", "not a member");

		// Both ways: a contact given to another member goes out under that member's email.
		bothWays(org);
		sync(org);
		org.portal().written.clear();
		String owned = contact(org, "owned@example.com").path("id").asString();
		patch(org, owned, Map.of("ownerId", userId(org, org.ownerEmail())));
		sync(org);
		assertThat(org.portal().written).singleElement().satisfies(record -> {
			assertThat(record.externalId()).isEqualTo("o1");
			assertThat(record.fields()).containsEntry("hubspot_owner_id", org.ownerEmail());
		});
	}

	@Test
	void aLifecycleMovesAContactForwardThroughItsConversionsAndNeverBack() {
		Org org = organization();
		org.portal().put("l1", PAST, person("life@example.com", "Life", Map.of("lifecyclestage", "contact")));
		// Older than the first, so the incremental runs below (from the newest change read, less a minute) skip it.
		org.portal().put("l2", PAST.minus(Duration.ofDays(1)), person("odd@example.com", "Odd", Map.of("lifecyclestage", "other")));
		connect(org);
		JsonNode imported = awaitFinished(org);
		JsonNode created = contact(org, "life@example.com");
		assertThat(created.path("type").asString()).isEqualTo("contact");
		assertThat(contact(org, "odd@example.com").path("type").asString()).isEqualTo("contact");
		assertThat(errors(org, imported)).singleElement().satisfies(error -> {
			assertThat(error.path("kind").asString()).isEqualTo("warning");
			assertThat(error.path("field").asString()).isEqualTo("lifecycle");
			assertThat(error.path("message").asString()).contains("\"other\" is not a lifecycle here");
		});

		// contact → client: through lead, each step a conversion made by the connection.
		org.portal().put("l1", Instant.now(), with(org.portal(), "l1", "lifecyclestage", "client"));
		JsonNode forward = sync(org);
		assertThat(errors(org, forward)).isEmpty();
		String id = created.path("id").asString();
		assertThat(contact(org, "life@example.com").path("type").asString()).isEqualTo("client");
		List<Map<String, Object>> conversions = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select payload ->> 'to' as to_type, author_id from interactions where contact_id = ?::uuid and type = 'conversion' order by occurred_at, id")
			.param(id).query().listOfRows());
		assertThat(conversions).extracting(row -> row.get("to_type")).containsExactly("lead", "client");
		assertThat(conversions).allSatisfy(row -> assertThat(row.get("author_id")).isNull());
		List<String> auditActors = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select distinct actor from audit_events where entity_id = ?::uuid and changes -> 'type' is not null")
			.param(id).query(String.class).list());
		assertThat(auditActors).singleElement().satisfies(actor -> assertThat(actor).startsWith("integration:hubspot:"));
		// Each step is a ContactConverted naming nobody, which its listeners (outgoing webhooks) take without failing.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(transactions.call(
				TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
						select count(*) from event_publication where event_type like '%.ContactConverted'
						  and serialized_event like '%' || ? || '%' and completion_date is not null
						""").param(id).query(Long.class).single())).isEqualTo(2));

		// client → lead is backwards: left out with a warning, the rest of the record applies.
		Map<String, String> back = with(org.portal(), "l1", "lifecyclestage", "lead");
		back.put("jobtitle", "Buyer");
		org.portal().put("l1", Instant.now(), back);
		JsonNode backward = sync(org);
		assertThat(contact(org, "life@example.com").path("type").asString()).isEqualTo("client");
		assertThat(contact(org, "life@example.com").path("jobTitle").asString()).isEqualTo("Buyer");
		assertThat(errors(org, backward)).singleElement().satisfies(error -> {
			assertThat(error.path("kind").asString()).isEqualTo("warning");
			assertThat(error.path("message").asString()).contains("a client does not move back to lead");
		});
	}

	@Test
	void aFieldChangedOnBothSidesKeepsTheNewerChangeOfThatField() {
		Org org = organization();
		Map<String, String> fields = person("both@example.com", "Both", Map.of("company", "First Co", "jobtitle", "First title"));
		org.portal().put("b1", PAST, fields);
		connect(org);
		awaitFinished(org);
		bothWays(org);
		sync(org);
		org.portal().written.clear();
		String id = contact(org, "both@example.com").path("id").asString();

		// Here the company changes first, then HubSpot changes both fields, then the job title changes here.
		patch(org, id, Map.of("company", "Our Co"));
		Instant theirs = Instant.now();
		await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(theirs.plusMillis(20)));
		Map<String, String> remote = with(org.portal(), "b1", "company", "Their Co");
		remote.put("jobtitle", "Their title");
		org.portal().put("b1", theirs, remote);
		patch(org, id, Map.of("jobTitle", "Our title"));

		JsonNode run = sync(org);
		assertThat(run.path("conflicts").asInt()).isEqualTo(2);
		JsonNode contact = contact(org, "both@example.com");
		assertThat(contact.path("company").asString()).isEqualTo("Their Co");
		assertThat(contact.path("jobTitle").asString()).isEqualTo("Our title");
		assertThat(org.portal().written).singleElement()
			.satisfies(record -> assertThat(record.fields()).containsEntry("jobtitle", "Our title"));
		JsonNode errors = errors(org, run);
		assertThat(errors).hasSize(2).allSatisfy(error -> assertThat(error.path("kind").asString()).isEqualTo("conflict"));
		Map<String, String> byField = new HashMap<>();
		errors.forEach(error -> byField.put(error.path("field").asString(), error.path("message").asString()));
		assertThat(byField.get("company")).contains("kept the hubspot value");
		assertThat(byField.get("jobTitle")).contains("kept the GrowthHub value");
	}

	@Test
	void aCampaignNameFromTheProviderLinksTheContactToThatCampaignInAnyCaseOrToANewOne() {
		Org org = organization();
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo"), org.owner()).text("id");
		connect(org);
		awaitFinished(org);
		ApiClient.Response mapped = api().exchange("PUT", "/api/v1/integrations/hubspot/mappings", Map.of("items", List.of(
				Map.of("local", "email", "remote", "email", "direction", "both"),
				Map.of("local", "firstName", "remote", "firstname", "direction", "both"),
				Map.of("local", "lastName", "remote", "lastname", "direction", "both"),
				Map.of("local", "phone", "remote", "phone", "direction", "both"),
				Map.of("local", "campaign", "remote", "utm_campaign", "direction", "import"))), org.owner(), Map.of());
		assertThat(mapped.status()).as(mapped.body().toString()).isEqualTo(200);
		org.portal().put("k1", Instant.now(), person("known@example.com", "Known", Map.of("utm_campaign", "SPRING promo")));
		org.portal().put("n1", Instant.now(), person("fresh@example.com", "Fresh", Map.of("utm_campaign", "Walk-in Week")));

		JsonNode run = sync(org);
		assertThat(run.path("status").asString()).isEqualTo("succeeded");
		assertThat(run.path("created").asInt()).isEqualTo(2);
		JsonNode known = contact(org, "known@example.com");
		assertThat(known.path("campaignId").asString()).as("the campaign of that name, in any case").isEqualTo(spring);
		assertThat(known.path("campaign").asString()).isEqualTo("Spring Promo");
		JsonNode fresh = contact(org, "fresh@example.com");
		String walkIn = fresh.path("campaignId").asString();
		assertThat(walkIn).as("an unknown name becomes a campaign").isNotBlank().isNotEqualTo(spring);
		assertThat(api().get("/api/v1/campaigns/" + walkIn, org.owner()).body().path("name").asString())
			.isEqualTo("Walk-in Week");
		assertThat(api().get("/api/v1/contacts?campaignId=" + spring, org.owner()).body().path("items"))
			.extracting(item -> item.path("email").asString()).containsExactly("known@example.com");
	}

	@Test
	void theMappingEditorOffersTheOwnerAndTheLifecycle() throws Exception {
		Org org = organization();
		connect(org);
		awaitFinished(org);

		JsonNode mapping = api().get("/api/v1/integrations/hubspot/mappings", org.owner()).body().path("items");
		Map<String, String> remoteByLocal = new HashMap<>();
		mapping.forEach(field -> remoteByLocal.put(field.path("local").asString(), field.path("remote").asString()));
		assertThat(remoteByLocal).containsEntry("ownerEmail", "hubspot_owner_id").containsEntry("lifecycle", "lifecyclestage");
		ApiClient.Response saved = api().exchange("PUT", "/api/v1/integrations/hubspot/mappings", Map.of("items", List.of(
				Map.of("local", "email", "remote", "email", "direction", "both"),
				Map.of("local", "ownerEmail", "remote", "hubspot_owner_id", "direction", "import"),
				Map.of("local", "lifecycle", "remote", "lifecyclestage", "direction", "both"))), org.owner(), Map.of());
		assertThat(saved.status()).isEqualTo(200);

		String page = signedIn(org.ownerEmail()).get("/settings/integrations/hubspot").body();
		assertThat(page).contains("id=\"remote-ownerEmail\"", "value=\"hubspot_owner_id\"", "id=\"remote-lifecycle\"",
				"The owner&#39;s email. The provider&#39;s owner id is translated to and from it");
	}

	@Test
	void aConnectionMappedBeforeTheOwnerAndLifecycleWereFieldsIsMovedToTheirKeys() throws Exception {
		Org org = organization();
		connect(org);
		awaitFinished(org);
		String old = """
				[{"local":"email","remote":"email","direction":"BOTH"},{"local":"owner","remote":"hubspot_owner_id","direction":"BOTH"},
				 {"local":"type","remote":"lifecyclestage","direction":"IMPORT"}]""";
		String migration = java.nio.file.Files.readString(java.nio.file.Path.of(
				"src/main/resources/db/migration/integrations/V131__integrations_owner_and_lifecycle_mapping_keys.sql"));
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> {
			jdbc.sql("update integration_connections set mapping = ?::jsonb where organization_id = ?").params(old, org.id()).update();
			jdbcTemplate.execute(migration);
		});

		JsonNode mapping = api().get("/api/v1/integrations/hubspot/mappings", org.owner()).body().path("items");
		assertThat(mapping).extracting(field -> field.path("local").asString() + "=" + field.path("remote").asString() + ":"
				+ field.path("direction").asString())
			.containsExactly("email=email:both", "ownerEmail=hubspot_owner_id:both", "lifecycle=lifecyclestage:import");
	}

	private Org organization() {
		String email = uniqueEmail("syncfields-owner");
		registerVerified(email);
		String owner = accessToken(email);
		UUID id = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		String token = "pat-na1-" + UUID.randomUUID();
		return new Org(email.toLowerCase(), owner, id, token, FakeHubSpot.CONNECTOR.portal(token));
	}

	private static Map<String, String> person(String email, String name, Map<String, String> more) {
		Map<String, String> fields = new HashMap<>(Map.of("email", email, "firstname", name, "lastname", "Synced", "phone",
				ContactMother.phone()));
		fields.putAll(more);
		return fields;
	}

	private static Map<String, String> with(FakeHubSpot.Portal portal, String id, String field, String value) {
		Map<String, String> fields = new HashMap<>(portal.records.get(id).fields());
		fields.put(field, value);
		return fields;
	}

	private void connect(Org org) {
		assertThat(api().post("/api/v1/integrations/hubspot/connect", Map.of("token", org.token()), org.owner()).status())
			.isEqualTo(201);
	}

	private void bothWays(Org org) {
		assertThat(api().exchange("PUT", "/api/v1/integrations/hubspot/settings",
				Map.of("direction", "both", "syncDeletions", false), org.owner(), Map.of()).status()).isEqualTo(200);
	}

	private JsonNode sync(Org org) {
		ApiClient.Response started = api().post("/api/v1/integrations/hubspot/sync", Map.of("mode", "incremental"), org.owner());
		assertThat(started.status()).isEqualTo(202);
		String id = started.text("id");
		return await().atMost(Duration.ofSeconds(60)).until(
				() -> api().get("/api/v1/integrations/hubspot/runs/" + id, org.owner()).body(),
				run -> List.of("succeeded", "failed").contains(run.path("status").asString()));
	}

	private JsonNode awaitFinished(Org org) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode items = api().get("/api/v1/integrations/hubspot/runs", org.owner()).body().path("items");
			return items.isEmpty() ? null : items.get(0);
		}, run -> run != null && List.of("succeeded", "failed").contains(run.path("status").asString()));
	}

	private JsonNode errors(Org org, JsonNode run) {
		return api().get("/api/v1/integrations/hubspot/runs/" + run.path("id").asString() + "/errors", org.owner()).body()
			.path("items");
	}

	private void patch(Org org, String id, Map<String, Object> body) {
		assertThat(api().exchange("PATCH", "/api/v1/contacts/" + id, body, org.owner(), Map.of()).status()).isEqualTo(200);
	}

	private JsonNode contact(Org org, String email) {
		String id = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select id::text from contacts where organization_id = ? and email = ?").params(org.id(), email)
			.query(String.class).single());
		return api().get("/api/v1/contacts/" + id, org.owner()).body();
	}

	private String userId(Org org, String email) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select id::text from users where email = ?").param(email.toLowerCase()).query(String.class).single());
	}
}
