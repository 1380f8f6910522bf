package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

class ContactVisibilityAndDashboardIntegrationTests extends IdentityTestSupport {

	@Test
	void membersSeeOnlyTheirOwnContactsWhenTheOrganizationSaysSo() {
		String owner = uniqueEmail("boss");
		registerVerified(owner);
		String ownerToken = accessToken(owner);
		String member = uniqueEmail("rep");
		api().post("/api/v1/invitations", Map.of("email", member, "role", "member"), ownerToken);
		String link = mailbox().latestLink(member, "invitation");
		api().post("/api/v1/auth/invitations/accept", Map.of("token", link.substring(link.lastIndexOf('/') + 1),
				"firstName", "Rep", "lastName", "One", "password", PASSWORD), null);
		String memberToken = accessToken(member);

		String bossContact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "BossOwned")), ownerToken).text("id");
		String repContact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "RepOwned")), memberToken).text("id");
		assertThat(api().get("/api/v1/contacts/" + bossContact, memberToken).status()).isEqualTo(200);

		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("memberVisibility", "own"), memberToken, Map.of())
			.status()).isEqualTo(403);
		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("memberVisibility", "own"), ownerToken, Map.of())
			.status()).isEqualTo(200);

		assertThat(api().get("/api/v1/contacts/" + bossContact, memberToken).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/contacts/" + repContact, memberToken).status()).isEqualTo(200);
		JsonNode visible = api().get("/api/v1/contacts", memberToken).body().path("items");
		assertThat(visible.size()).isEqualTo(1);
		assertThat(visible.get(0).path("firstName").asString()).isEqualTo("RepOwned");
		assertThat(api().get("/api/v1/contacts", ownerToken).body().path("items").size()).isEqualTo(2);
	}

	@Test
	void theDashboardCountsContactsAndLeadsAndFollowsChanges() {
		String owner = uniqueEmail("dash");
		registerVerified(owner);
		String token = accessToken(owner);
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "A")), token);
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "B", "type", "lead", "status", "hot_lead")), token);
		String c = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "C", "type", "lead")), token).text("id");

		JsonNode first = api().get("/api/v1/dashboard", token).body().path("contacts");
		assertThat(first.path("total").asLong()).isEqualTo(3);
		assertThat(first.path("leads").asLong()).isEqualTo(2);
		assertThat(first.path("leadsByStatus").path("hot_lead").asLong()).isEqualTo(1);
		assertThat(first.path("recent").get(0).path("name").asString()).isEqualTo("C Tester");
		assertThat(thisWeek(first, "newContacts")).isEqualTo(3);
		long activities = thisWeek(first, "activity");
		api().post("/api/v1/contacts/" + c + "/interactions", Map.of("type", "call"), token);
		api().post("/api/v1/contacts/" + c + "/interactions", Map.of("type", "meeting", "text", "Coffee"), token);
		assertThat(thisWeek(api().get("/api/v1/dashboard", token).body().path("contacts"), "activity"))
			.as("the weekly rollup follows new interactions").isEqualTo(activities + 2);

		// Cached, but a change anywhere refreshes it at once.
		assertThat(api().exchange("DELETE", "/api/v1/contacts/" + c, null, token, Map.of()).status()).isEqualTo(204);
		JsonNode after = api().get("/api/v1/dashboard", token).body().path("contacts");
		assertThat(after.path("total").asLong()).isEqualTo(2);
		assertThat(after.path("leads").asLong()).isEqualTo(1);
		assertThat(thisWeek(after, "newContacts")).as("a deleted contact is no longer new").isEqualTo(2);

		ApiClient.Response page = api().get("/api/v1/organization", token);
		assertThat(page.body().path("defaultRegion").asString()).isEqualTo("US");
	}

	/** The chart's last point: this week's count. */
	private static long thisWeek(JsonNode contacts, String chart) {
		JsonNode values = contacts.path(chart).path("series").get(0).path("values");
		return values.get(values.size() - 1).asLong();
	}
}
