package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

class AuditTrailIntegrationTests extends IdentityTestSupport {

	@Test
	void recordsWhoChangedWhatWithBeforeAndAfter() {
		String owner = uniqueEmail("auditor");
		registerVerified(owner);
		String access = accessToken(owner);
		String ownerId = api().get("/api/v1/me", access).text("id");
		api().exchange("PATCH", "/api/v1/organization", Map.of("name", "Renamed Co"), access, Map.of());

		JsonNode events = api().get("/api/v1/audit-events?entityType=organization&action=updated", access).body().path("items");
		assertThat(events.size()).isEqualTo(1);
		JsonNode rename = events.get(0);
		assertThat(rename.path("actorUserId").asString()).isEqualTo(ownerId);
		assertThat(rename.path("actorEmail").asString()).isEqualTo(owner);
		assertThat(rename.path("changes").asString()).contains("\"after\": \"Renamed Co\"").contains("Org of " + owner);
		assertThat(rename.path("actorName").asString()).as("and readable for people").isEqualTo("Ada Lovelace");
		assertThat(rename.path("summary").asString()).isEqualTo("Updated organization Renamed Co");
		JsonNode name = rename.path("readableChanges").get(0);
		assertThat(name.path("field").asString()).isEqualTo("name");
		assertThat(name.path("label").asString()).isEqualTo("Name");
		assertThat(name.path("before").asString()).isEqualTo("Org of " + owner);
		assertThat(name.path("after").asString()).isEqualTo("Renamed Co");
	}

	@Test
	void secretsNeverReachTheTrailAndJobsAreNamedAsActors() {
		String owner = uniqueEmail("secrets");
		registerVerified(owner);
		String access = accessToken(owner);
		api().post("/api/v1/invitations", Map.of("email", uniqueEmail("hire"), "role", "member"), access);
		String invitation = api().get("/api/v1/audit-events?entityType=invitation", access).body().path("items").get(0)
			.path("changes").asString();
		assertThat(invitation).contains("\"token_hash\": {\"after\": \"[secret]\"");

		UUID organization = UUID.fromString(api().get("/api/v1/organization", access).text("id"));
		transactions.run(TenantScope.organization(OrganizationId.of(organization), new Actor.Job("nightly-cleanup")),
				() -> jdbc.sql("update organizations set name = 'Cleaned' where id = ?").param(organization).update());
		JsonNode latest = api().get("/api/v1/audit-events?entityType=organization&limit=1", access).body();
		assertThat(latest.path("items").get(0).path("actor").asString()).isEqualTo("job:nightly-cleanup");
		assertThat(latest.path("items").get(0).path("actorName").asString()).isEqualTo("GrowthHub");
		assertThat(latest.path("nextCursor").asString()).isNotBlank();

		JsonNode older = api().get("/api/v1/audit-events?entityType=organization&limit=1&cursor="
				+ latest.path("nextCursor").asString(), access).body();
		assertThat(older.path("items").get(0).path("action").asString()).isEqualTo("created");
	}
}
