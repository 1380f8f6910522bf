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

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.integrations.FakeHubSpot;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * Contacts trashed here are deleted at the provider only when the connection opted in, only those trashed after it
 * did, with refusals in the run's errors; the deleted record's link is forgotten, so a restored contact goes out new.
 */
class OutboundDeletionsIntegrationTests extends IdentityTestSupport {

	@Test
	void trashedContactsAreDeletedThereOnlyAfterOptingInAndARestoredOneIsCreatedAgain() {
		String email = uniqueEmail("deletions-owner");
		registerVerified(email);
		String owner = accessToken(email);
		UUID org = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		String token = "pat-na1-" + UUID.randomUUID();
		FakeHubSpot.Portal portal = FakeHubSpot.CONNECTOR.portal(token);
		Instant past = Instant.parse("2026-10-01T00:00:00Z");
		for (String id : List.of("r1", "r2", "r3", "r4")) {
			portal.put(id, past, Map.of("email", id + "-" + org + "@example.com", "firstname", id.toUpperCase(),
					"phone", ContactMother.phone()));
		}
		assertThat(api().post("/api/v1/integrations/hubspot/connect", Map.of("token", token), owner).status()).isEqualTo(201);
		awaitLatest(owner);
		settings(owner, Map.of("direction", "both", "syncDeletions", false));

		// Not opted in: a trashed contact stays at HubSpot.
		trash(owner, contact(org, "r1"));
		JsonNode optedOut = sync(owner);
		assertThat(optedOut.path("deleted").asInt()).isZero();
		assertThat(portal.deleted).isEmpty();

		ApiClient.Response optedIn = settings(owner, Map.of("direction", "both", "syncDeletions", false, "pushDeletions", true));
		assertThat(optedIn.body().path("connection").path("pushDeletions").asBoolean()).isTrue();
		// Leaving the field out keeps the choice.
		assertThat(settings(owner, Map.of("direction", "both", "syncDeletions", false)).body().path("connection")
			.path("pushDeletions").asBoolean()).isTrue();

		// Opted in: deletions from now on go out (r1, trashed before, does not); one HubSpot refuses is a run error.
		portal.undeletable.add("r3");
		String r2 = contact(org, "r2");
		trash(owner, r2);
		trash(owner, contact(org, "r3"));
		JsonNode run = sync(owner);
		assertThat(run.path("status").asString()).isEqualTo("succeeded");
		assertThat(run.path("deleted").asInt()).isEqualTo(1);
		assertThat(run.path("failed").asInt()).isEqualTo(1);
		assertThat(portal.deleted).containsExactly("r2");
		assertThat(portal.records).containsKeys("r1", "r3", "r4").doesNotContainKey("r2");
		JsonNode errors = api().get("/api/v1/integrations/hubspot/runs/" + run.path("id").asString() + "/errors", owner)
			.body().path("items");
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).path("externalId").asString()).isEqualTo("r3");
		assertThat(errors.get(0).path("message").asString()).isEqualTo("Not deleted at hubspot: HubSpot refused to archive it.");
		assertThat(api().get("/api/v1/contacts/" + r2 + "/external-ids", owner).body().toString()).doesNotContain("r2");

		// Nothing new in the trash: nothing is deleted again, the refused one included.
		portal.undeletable.clear();
		assertThat(sync(owner).path("deleted").asInt()).isZero();
		assertThat(portal.deleted).containsExactly("r2");

		// Restored here, the contact is new to HubSpot: created again, under a new id.
		portal.written.clear();
		assertThat(api().post("/api/v1/contacts/" + r2 + "/restore", null, owner).status()).isEqualTo(200);
		sync(owner);
		assertThat(portal.written).singleElement().satisfies(record -> {
			assertThat(record.externalId()).isNull();
			assertThat(record.fields()).containsEntry("email", "r2-" + org + "@example.com");
		});
		assertThat(linkOf(org, r2)).isNotNull().isNotEqualTo("r2");
	}

	private ApiClient.Response settings(String owner, Map<String, Object> body) {
		ApiClient.Response response = api().exchange("PUT", "/api/v1/integrations/hubspot/settings", new HashMap<>(body),
				owner, Map.of());
		assertThat(response.status()).isEqualTo(200);
		return response;
	}

	private void trash(String owner, String contactId) {
		assertThat(api().exchange("DELETE", "/api/v1/contacts/" + contactId, null, owner, Map.of()).status()).isEqualTo(204);
	}

	private JsonNode sync(String owner) {
		ApiClient.Response started = api().post("/api/v1/integrations/hubspot/sync", Map.of("mode", "incremental"), owner);
		assertThat(started.status()).isEqualTo(202);
		String id = started.text("id");
		return await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/api/v1/integrations/hubspot/runs/" + id, owner).body(),
				run -> List.of("succeeded", "failed").contains(run.path("status").asString()));
	}

	private JsonNode awaitLatest(String owner) {
		return await().atMost(Duration.ofSeconds(60)).until(
				() -> api().get("/api/v1/integrations/hubspot/runs", owner).body().path("items").path(0),
				run -> List.of("succeeded", "failed").contains(run.path("status").asString()));
	}

	private String contact(UUID org, String remoteId) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select id::text from contacts where organization_id = ? and email = ?")
			.params(org, remoteId + "-" + org + "@example.com").query(String.class).single());
	}

	private String linkOf(UUID org, String contactId) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select external_id from integration_links where organization_id = ? and contact_id = ?::uuid")
			.params(org, contactId).query(String.class).optional().orElse(null));
	}
}
