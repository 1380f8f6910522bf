package com.growthhub.integrations.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.integrations.FakeHubSpot;
import com.growthhub.integrations.internal.vault.CredentialVault;
import com.growthhub.integrations.internal.vault.SecretId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The sync engine against an in-memory HubSpot: a run that dies resumes from its checkpoint, both directions with the
 * no-echo rule and conflicts, token refresh before expiry and after a 401 (once), and the circuit that pauses a
 * connection that keeps failing.
 */
class SyncEngineIntegrationTests extends IdentityTestSupport {

	@Autowired
	SyncRunner runner;

	@Autowired
	CredentialVault vault;

	record Org(String owner, UUID id, String token, FakeHubSpot.Portal portal) {
	}

	@Test
	void aRunThatDiesMidwayResumesFromItsCheckpointWithoutDuplicates() {
		Org org = organization();
		remote(org, 250);
		org.portal().crashAtPage = 2;
		connect(org);
		await().atMost(Duration.ofSeconds(60)).until(() -> org.portal().cursorsRead.contains("200"));
		JsonNode died = await().atMost(Duration.ofSeconds(30)).until(() -> latestRun(org),
				run -> run.path("read").asInt() == 200);
		assertThat(died.path("status").asString()).isEqualTo("running");
		assertThat(contacts(org)).isEqualTo(200);

		// The job system runs the dead execution's task again; the run carries on from the last applied page.
		int readBefore = org.portal().cursorsRead.size();
		runner.run(OrganizationId.of(org.id()), UUID.fromString(died.path("id").asString()));

		assertThat(org.portal().cursorsRead.subList(readBefore, org.portal().cursorsRead.size())).containsExactly("200");
		JsonNode finished = latestRun(org);
		assertThat(finished.path("status").asString()).isEqualTo("succeeded");
		assertThat(finished.path("read").asInt()).isEqualTo(250);
		assertThat(finished.path("created").asInt()).isEqualTo(250);
		assertThat(contacts(org)).isEqualTo(250);
	}

	@Test
	void bothWaysPushesLocalChangesButNeverEchoesAndSettlesConflictsByTheNewerChange() {
		Org org = organization();
		Instant past = Instant.now().minus(Duration.ofDays(1));
		org.portal().put("r1", past, person("one@example.com", "One"));
		org.portal().put("r2", past, person("two@example.com", "Two"));
		connect(org);
		awaitFinished(org);
		assertThat(api().exchange("PUT", "/api/v1/integrations/hubspot/settings",
				Map.of("direction", "both", "syncDeletions", false), org.owner(), Map.of()).status()).isEqualTo(200);

		// Everything here came from HubSpot: nothing goes back.
		JsonNode first = sync(org);
		assertThat(first.path("status").asString()).isEqualTo("succeeded");
		assertThat(org.portal().written).isEmpty();

		// A local change goes out; a new local contact is created there and gets its id here.
		String one = contactId(org, "one@example.com");
		patch(org, one, Map.of("jobTitle", "Captain"));
		String created = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Local", "email",
				"local@example.com")), org.owner()).text("id");
		sync(org);
		assertThat(org.portal().written).hasSize(2);
		assertThat(org.portal().written).anySatisfy(record -> {
			assertThat(record.externalId()).isEqualTo("r1");
			assertThat(record.fields()).containsEntry("jobtitle", "Captain");
		});
		assertThat(org.portal().written).anySatisfy(record -> {
			assertThat(record.externalId()).isNull();
			assertThat(record.fields()).containsEntry("email", "local@example.com");
		});
		assertThat(api().get("/api/v1/contacts/" + created + "/external-ids", org.owner()).body().toString()).contains("hubspot");

		// Nothing changed since: nothing is sent again.
		org.portal().written.clear();
		sync(org);
		assertThat(org.portal().written).isEmpty();

		// Both sides changed r2's company; HubSpot's change is older, so the local value stays and goes out.
		org.portal().put("r2", Instant.now(), withCompany(org.portal(), "r2", "Their Co"));
		String two = contactId(org, "two@example.com");
		patch(org, two, Map.of("company", "Our Co"));
		JsonNode conflicted = sync(org);
		assertThat(conflicted.path("conflicts").asInt()).isEqualTo(1);
		assertThat(api().get("/api/v1/contacts/" + two, org.owner()).body().path("company").asString()).isEqualTo("Our Co");
		assertThat(org.portal().written).anySatisfy(record -> assertThat(record.fields()).containsEntry("company", "Our Co"));
		JsonNode errors = api().get("/api/v1/integrations/hubspot/runs/" + conflicted.path("id").asString() + "/errors",
				org.owner()).body().path("items");
		assertThat(errors.get(0).path("kind").asString()).isEqualTo("conflict");
		assertThat(errors.get(0).path("field").asString()).isEqualTo("company");
		assertThat(errors.get(0).path("message").asString()).contains("kept the GrowthHub value");

		// Both sides changed it again; this time HubSpot's change is the newer one and wins here.
		patch(org, two, Map.of("company", "Our Second Co"));
		org.portal().put("r2", Instant.now().plus(Duration.ofMinutes(5)), withCompany(org.portal(), "r2", "Their Second Co"));
		JsonNode theirs = sync(org);
		assertThat(theirs.path("conflicts").asInt()).isEqualTo(1);
		assertThat(api().get("/api/v1/contacts/" + two, org.owner()).body().path("company").asString())
			.isEqualTo("Their Second Co");
	}

	@Test
	void anExpiredTokenIsRefreshedBeforeTheCallAndA401OnceMore() {
		Org org = organization();
		remote(org, 3);
		connect(org);
		awaitFinished(org);
		String refreshToken = "refresh-" + UUID.randomUUID();
		FakeHubSpot.CONNECTOR.refreshable(refreshToken, org.token());
		SecretId access = giveRefreshToken(org, refreshToken, Instant.now().minusSeconds(5));

		assertThat(sync(org).path("status").asString()).isEqualTo("succeeded");
		assertThat(org.portal().refreshes.get()).isEqualTo(1);
		String refreshed = vault.reveal(OrganizationId.of(org.id()), access);
		assertThat(refreshed).isNotEqualTo(org.token()).contains("-refreshed-1");

		// A token the provider revoked early: one 401, one refresh, the call again.
		org.portal().unauthorizedCalls = 1;
		assertThat(sync(org).path("status").asString()).isEqualTo("succeeded");
		assertThat(org.portal().refreshes.get()).isEqualTo(2);

		// Refused again after the refresh: the run fails instead of refreshing in a loop.
		org.portal().unauthorizedCalls = 2;
		JsonNode failed = sync(org);
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("error").asString()).contains("401");
		assertThat(org.portal().refreshes.get()).isEqualTo(3);
	}

	@Test
	void aConnectionThatKeepsFailingPausesItselfAndTellsWhoConnectedIt() {
		Org org = organization();
		remote(org, 1);
		connect(org);
		awaitFinished(org);
		org.portal().failWith = "HubSpot answered 500 Internal Server Error.";
		for (int i = 0; i < 5; i++) {
			JsonNode run = sync(org);
			assertThat(run.path("status").asString()).isEqualTo("failed");
			assertThat(run.path("error").asString()).isEqualTo("HubSpot answered 500 Internal Server Error.");
		}
		JsonNode connection = api().get("/api/v1/integrations/hubspot", org.owner()).body().path("connection");
		assertThat(connection.path("status").asString()).isEqualTo("paused");
		assertThat(connection.path("lastError").asString()).contains("500");
		assertThat(api().post("/api/v1/integrations/hubspot/sync", Map.of(), org.owner()).status()).isEqualTo(409);
		long notified = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select count(*) from notifications where organization_id = ? and type = 'integration_paused'")
			.param(org.id()).query(Long.class).single());
		assertThat(notified).isEqualTo(1);

		org.portal().failWith = null;
		assertThat(api().post("/api/v1/integrations/hubspot/resume", null, org.owner()).status()).isEqualTo(200);
		assertThat(awaitFinished(org).path("status").asString()).isEqualTo("succeeded");
	}

	@Test
	void customFieldsAreMappedBothWaysAndAMappingNamesRealFields() {
		Org org = organization();
		assertThat(api().post("/api/v1/custom-fields", Map.of("key", "budget", "label", "Budget", "type", "number"),
				org.owner()).status()).isEqualTo(201);
		Map<String, String> fields = new java.util.HashMap<>(person("budget@example.com", "Bea"));
		fields.put("budget", "1250");
		org.portal().put("c1", Instant.parse("2026-10-01T00:00:00Z"), fields);
		connect(org);
		awaitFinished(org);

		List<Map<String, String>> mapping = List.of(Map.of("local", "email", "remote", "email", "direction", "both"),
				Map.of("local", "firstName", "remote", "firstname", "direction", "import"),
				Map.of("local", "cf.budget", "remote", "budget", "direction", "both"));
		assertThat(api().exchange("PUT", "/api/v1/integrations/hubspot/mappings", Map.of("items", List.of(
				Map.of("local", "cf.nosuch", "remote", "x", "direction", "both"))), org.owner(), Map.of()).status())
			.isEqualTo(400);
		assertThat(api().exchange("PUT", "/api/v1/integrations/hubspot/mappings", Map.of("items", List.of(
				Map.of("local", "email", "remote", "email", "direction", "sideways"))), org.owner(), Map.of()).status())
			.isEqualTo(400);
		ApiClient.Response saved = api().exchange("PUT", "/api/v1/integrations/hubspot/mappings", Map.of("items", mapping),
				org.owner(), Map.of());
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().path("items").get(2).path("direction").asString()).isEqualTo("both");
		assertThat(api().exchange("PUT", "/api/v1/integrations/hubspot/settings",
				Map.of("direction", "both", "syncDeletions", false), org.owner(), Map.of()).status()).isEqualTo(200);

		// HubSpot's budget arrives as the custom field's number...
		org.portal().put("c1", Instant.now(), fields);
		sync(org);
		String id = contactId(org, "budget@example.com");
		assertThat(api().get("/api/v1/contacts/" + id, org.owner()).body().path("customFields").path("budget").asInt())
			.isEqualTo(1250);

		// ...and a local change of it goes back under HubSpot's property name; an import-only field does not.
		patch(org, id, Map.of("firstName", "Beatrice", "customFields", Map.of("budget", 2000)));
		sync(org);
		assertThat(org.portal().written).anySatisfy(record -> {
			assertThat(record.externalId()).isEqualTo("c1");
			assertThat(record.fields()).containsEntry("budget", "2000").doesNotContainKey("firstname");
		});
	}

	private Org organization() {
		String email = uniqueEmail("sync-owner");
		registerVerified(email);
		String owner = accessToken(email);
		UUID id = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		String token = "pat-na1-" + UUID.randomUUID();
		return new Org(owner, id, token, FakeHubSpot.CONNECTOR.portal(token));
	}

	private static void remote(Org org, int count) {
		Instant at = Instant.parse("2026-10-01T00:00:00Z");
		for (int i = 0; i < count; i++) {
			org.portal().put(String.format("%05d", i), at, person("p" + i + "-" + org.id() + "@example.com", "P" + i));
		}
	}

	private static Map<String, String> person(String email, String name) {
		return Map.of("email", email, "firstname", name, "lastname", "Synced", "phone", ContactMother.phone());
	}

	private static Map<String, String> withCompany(FakeHubSpot.Portal portal, String id, String company) {
		Map<String, String> fields = new java.util.HashMap<>(portal.records.get(id).fields());
		fields.put("company", company);
		return fields;
	}

	private void connect(Org org) {
		assertThat(api().post("/api/v1/integrations/hubspot/connect", Map.of("token", org.token()), org.owner()).status())
			.isEqualTo(201);
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
		return await().atMost(Duration.ofSeconds(60)).until(() -> latestRun(org),
				run -> List.of("succeeded", "failed").contains(run.path("status").asString()));
	}

	private JsonNode latestRun(Org org) {
		JsonNode items = api().get("/api/v1/integrations/hubspot/runs", org.owner()).body().path("items");
		return items.isEmpty() ? empty() : items.get(0);
	}

	private static JsonNode empty() {
		return tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
	}

	private void patch(Org org, String id, Map<String, Object> body) {
		assertThat(api().exchange("PATCH", "/api/v1/contacts/" + id, body, org.owner(), Map.of()).status()).isEqualTo(200);
	}

	private String contactId(Org org, String email) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select id::text from contacts where organization_id = ? and email = ?").params(org.id(), email)
			.query(String.class).single());
	}

	private long contacts(Org org) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select count(*) from contacts where organization_id = ? and deleted_at is null").param(org.id())
			.query(Long.class).single());
	}

	/** As an OAuth connection has: a refresh token in the vault and an expiry. */
	private SecretId giveRefreshToken(Org org, String refreshToken, Instant expiresAt) {
		OrganizationId organization = OrganizationId.of(org.id());
		SecretId refresh = vault.store(organization, "hubspot.refresh_token", refreshToken);
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> {
			jdbc.sql("""
					update integration_connections set refresh_secret_id = ?, token_expires_at = ?
					where organization_id = ? and status <> 'DISCONNECTED'
					""").params(refresh.value(), java.sql.Timestamp.from(expiresAt), org.id()).update();
			return SecretId.of(jdbc.sql("select access_secret_id from integration_connections where organization_id = ? and status <> 'DISCONNECTED'")
				.param(org.id()).query(UUID.class).single());
		});
	}
}
