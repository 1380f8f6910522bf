package com.growthhub.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * Settings › Integrations through the API, against an in-memory HubSpot: connect with a private-app token, the import
 * that follows (matching by external id, email and phone; per-record errors), the run log, the vault, roles and
 * organizations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationApiIntegrationTests extends IdentityTestSupport {

	private static final String TOKEN = "pat-na1-" + UUID.randomUUID();

	String owner;
	String member;
	String stranger;
	UUID organization;
	FakeHubSpot.Portal portal;

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("integrations-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		member = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("integrations-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
		organization = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		portal = FakeHubSpot.CONNECTOR.portal(TOKEN);
	}

	@Test
	void connectingWithATokenImportsEveryContactOnceAndLogsTheRun() {
		String byEmail = createContact(Map.of("firstName", "Ada", "email", "ada@example.com", "company", "Old Co"));
		String byPhone = createContact(Map.of("firstName", "Grace", "phone", "+14155550123"));
		String byExternalId = createContact(Map.of("firstName", "Linus", "email", "linus@old.example.com"));
		assertThat(api().exchange("PUT", "/api/v1/contacts/" + byExternalId + "/external-ids/hubspot",
				Map.of("externalId", "0003"), owner, Map.of()).status()).isEqualTo(200);
		Instant at = Instant.parse("2026-11-01T10:00:00Z");
		for (int i = 4; i < 254; i++) {
			portal.put(String.format("%04d", i), at, Map.of("email", "person" + i + "@hubspot.example.com", "firstname",
					"Person" + i, "lastname", "Number " + i));
		}
		portal.put("0001", at, Map.of("email", "ADA@example.com", "firstname", "Ada", "company", "Analytical Engines"));
		portal.put("0002", at, Map.of("phone", "+1 415 555 0123", "firstname", "Grace", "jobtitle", "Rear Admiral"));
		portal.put("0003", at, Map.of("email", "linus@new.example.com", "firstname", "Linus"));
		portal.put("0254", at, Map.of("email", "not-an-email", "firstname", "Broken"));

		ApiClient.Response connected = api().post("/api/v1/integrations/hubspot/connect", Map.of("token", TOKEN), owner);
		assertThat(connected.status()).isEqualTo(201);
		JsonNode connection = connected.body().path("connection");
		assertThat(connection.path("status").asString()).isEqualTo("connected");
		assertThat(connection.path("token").path("lastFour").asString()).isEqualTo(TOKEN.substring(TOKEN.length() - 4));
		assertThat(connected.body().toString()).doesNotContain(TOKEN);

		JsonNode run = awaitRunFinished();
		assertThat(run.path("status").asString()).isEqualTo("succeeded");
		assertThat(run.path("mode").asString()).isEqualTo("import");
		assertThat(run.path("read").asInt()).isEqualTo(254);
		assertThat(run.path("created").asInt()).isEqualTo(250);
		assertThat(run.path("updated").asInt()).isEqualTo(3);
		assertThat(run.path("failed").asInt()).isEqualTo(1);
		assertThat(portal.cursorsRead).containsExactly("start", "100", "200");

		JsonNode errors = api().get("/api/v1/integrations/hubspot/runs/" + run.path("id").asString() + "/errors", owner).body();
		assertThat(errors.path("items")).hasSize(1);
		assertThat(errors.path("items").get(0).path("externalId").asString()).isEqualTo("0254");
		assertThat(errors.path("items").get(0).path("message").asString()).contains("email is not an email address");
		ApiClient.Response csv = api().get("/api/v1/integrations/hubspot/runs/" + run.path("id").asString() + "/errors.csv", owner);
		assertThat(csv.status()).isEqualTo(200);

		assertThat(contact(byEmail).path("company").asString()).isEqualTo("Analytical Engines");
		assertThat(contact(byPhone).path("jobTitle").asString()).isEqualTo("Rear Admiral");
		assertThat(contact(byExternalId).path("email").asString()).isEqualTo("linus@new.example.com");
		assertThat(count("select count(*) from contacts where organization_id = ? and deleted_at is null")).isEqualTo(253);
		assertThat(count("""
				select count(*) from contact_external_ids where organization_id = ? and platform = 'HUBSPOT'
				""")).isEqualTo(253);
		assertThat(count("select count(*) from audit_events where organization_id = ? and actor like 'integration:hubspot:%'"))
			.as("changes are audited as the connection").isGreaterThanOrEqualTo(253);

		// A second import finds every record again and changes nothing: no duplicates, nothing to update.
		ApiClient.Response again = api().post("/api/v1/integrations/hubspot/sync", Map.of("mode", "import"), owner);
		assertThat(again.status()).isEqualTo(202);
		JsonNode second = awaitRunFinished();
		assertThat(second.path("id").asString()).isEqualTo(again.text("id"));
		assertThat(second.path("created").asInt()).isZero();
		assertThat(second.path("updated").asInt()).isZero();
		assertThat(second.path("skipped").asInt()).isEqualTo(253);
		assertThat(count("select count(*) from contacts where organization_id = ? and deleted_at is null")).isEqualTo(253);

		JsonNode history = api().get("/api/v1/integrations/hubspot/runs?limit=1", owner).body();
		assertThat(history.path("items")).hasSize(1);
		assertThat(history.path("nextCursor").asString()).isNotBlank();
		JsonNode listed = api().get("/api/v1/integrations", owner).body().path("items");
		assertThat(listed.toString()).contains("\"hubspot\"").doesNotContain(TOKEN);

		// The tokens are only in the vault, and encrypted there.
		String row = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select c::text from integration_connections c where organization_id = ?").param(organization)
			.query(String.class).single());
		assertThat(row).doesNotContain(TOKEN);
		List<byte[]> sealed = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select ciphertext from vault_secrets where organization_id = ?").param(organization).query(byte[].class).list());
		assertThat(sealed).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
			.doesNotContain(TOKEN).doesNotContain(TOKEN.substring(8, 20)));

		// Members may not manage integrations; another organization sees nothing of this one.
		assertThat(api().get("/api/v1/integrations", member).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/integrations/hubspot/sync", Map.of(), member).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/integrations/hubspot/runs/" + run.path("id").asString(), stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/integrations/hubspot/mappings", stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/integrations/nosuch/runs", owner).status()).isEqualTo(404);
	}

	private JsonNode awaitRunFinished() {
		return await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode items = api().get("/api/v1/integrations/hubspot/runs", owner).body().path("items");
			return items.isEmpty() ? null : items.get(0);
		}, latest -> latest != null && List.of("succeeded", "failed").contains(latest.path("status").asString()));
	}

	private String createContact(Map<String, Object> body) {
		ApiClient.Response created = api().post("/api/v1/contacts", ContactMother.complete(body), owner);
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}

	private JsonNode contact(String id) {
		return api().get("/api/v1/contacts/" + id, owner).body();
	}

	private long count(String sql) {
		return transactions.call(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql(sql).param(organization).query(Long.class).single());
	}
}
