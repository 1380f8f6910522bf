package com.growthhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

class JourneyVisibilityIntegrationTests extends IdentityTestSupport {

	@Test
	void membersLimitedToTheirOwnContactsSeeOnlyTheirJourneysAndActiveClients() throws Exception {
		String owner = uniqueEmail("jv-boss");
		registerVerified(owner);
		String ownerToken = accessToken(owner);
		String member = uniqueEmail("jv-rep");
		String memberToken = invitedMember(ownerToken, member, "member");
		String managerToken = invitedMember(ownerToken, "manager");

		String bossContact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Bossowned", "lastName", "Client")), ownerToken)
			.text("id");
		String repContact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Repowned", "lastName", "Client")), memberToken)
			.text("id");
		String template = api().post("/api/v1/journey-templates", Map.of("name", "Welcome", "steps",
				List.of(Map.of("title", "Say hello", "dueOffsetDays", 1, "assigneeRole", "owner"))), ownerToken).text("id");
		String hidden = agreed(ownerToken, bossContact, template);
		String mine = agreed(ownerToken, repContact, template);
		String hiddenOpen = api().post("/api/v1/journeys", Map.of("contactId", bossContact, "templateId", template), ownerToken)
			.text("id");
		String step = api().get("/api/v1/journeys/" + hiddenOpen, ownerToken).body().path("steps").get(0).path("id").asString();

		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("memberVisibility", "own"), ownerToken, Map.of())
			.status()).isEqualTo(200);

		// Deals of contacts the member may not see carry no contact name for them, and cannot be made by them.
		String bossDeal = api().post("/api/v1/deals", Map.of("contactId", bossContact, "title", "Boss deal"), ownerToken)
			.text("id");
		assertThat(api().get("/api/v1/deals/" + bossDeal, ownerToken).text("contactName")).isEqualTo("Bossowned Client");
		assertThat(api().get("/api/v1/deals/" + bossDeal, memberToken).body().path("contactName").asString(""))
			.isEmpty();
		assertThat(api().post("/api/v1/deals", Map.of("contactId", bossContact, "title", "Sneaky"), memberToken).status())
			.isEqualTo(404);

		JsonNode journeys = api().get("/api/v1/journeys", memberToken).body().path("items");
		assertThat(journeys).hasSize(1);
		assertThat(journeys.get(0).path("id").asString()).isEqualTo(mine);
		assertThat(api().get("/api/v1/journeys/" + hidden, memberToken).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/journeys/" + mine, memberToken).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/journeys/" + hiddenOpen + "/transition", Map.of("to", "in_progress"), memberToken)
			.status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/journeys/" + hiddenOpen + "/steps/" + step, Map.of("done", true),
				memberToken, Map.of()).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/journeys/" + hiddenOpen, ownerToken).body().path("steps").get(0).path("done").asBoolean())
			.isFalse();
		JsonNode clients = api().get("/api/v1/active-clients", memberToken).body().path("items");
		assertThat(clients).hasSize(1);
		assertThat(clients.get(0).path("contactId").asString()).isEqualTo(repContact);

		String hiddenClient = api().get("/api/v1/journeys/" + hidden, ownerToken).text("activeClientId");
		assertThat(api().get("/api/v1/active-clients/" + hiddenClient, memberToken).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/active-clients/" + hiddenClient, managerToken).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/journeys", managerToken).body().path("items")).hasSize(3);
		assertThat(api().get("/api/v1/active-clients", managerToken).body().path("items")).hasSize(2);
		assertThat(api().get("/api/v1/journeys/" + hidden, ownerToken).status()).isEqualTo(200);

		BrowserSession browser = signedIn(member);
		assertThat(browser.get("/journeys").body()).contains("Repowned").doesNotContain("Bossowned");
		assertThat(browser.get("/active-clients").body()).contains("Repowned").doesNotContain("Bossowned");
		assertThat(browser.get("/journeys/" + hidden).statusCode()).isEqualTo(404);
	}

	private String agreed(String token, String contact, String template) {
		String journey = api().post("/api/v1/journeys", Map.of("contactId", contact, "templateId", template), token).text("id");
		api().post("/api/v1/journeys/" + journey + "/transition", Map.of("to", "in_progress"), token);
		assertThat(api().post("/api/v1/journeys/" + journey + "/active-client", Map.of(), token).status()).isEqualTo(201);
		return journey;
	}
}
