package com.growthhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

class JourneyApiIntegrationTests extends IdentityTestSupport {

	private String token;
	private String contact;
	private String template;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("journeys");
		registerVerified(owner);
		token = accessToken(owner);
		contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Jane", "lastName", "Client")), token).text("id");
		template = createTemplate(token).text("id");
	}

	private ApiClient.Response createTemplate(String access) {
		return api().post("/api/v1/journey-templates", Map.of("name", "Consultation", "steps", List.of(
				Map.of("title", "Call back", "dueOffsetDays", 0, "assigneeRole", "owner"),
				Map.of("title", "Send offer", "dueOffsetDays", 3, "assigneeRole", "member"))), access);
	}

	private ApiClient.Response start(Map<String, Object> body) {
		return api().post("/api/v1/journeys", body, token);
	}

	private ApiClient.Response transition(String journey, String to) {
		return api().post("/api/v1/journeys/" + journey + "/transition", Map.of("to", to), token);
	}

	/** A service in the organization's catalog, added through its API. */
	String service(String code, long priceCents) {
		ApiClient.Response created = api().post("/api/v1/services", Map.of("code", code, "name", code + " treatment",
				"priceCents", priceCents), token);
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}

	@Test
	void createsListsAndChangesTemplates() {
		ApiClient.Response created = createTemplate(token);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("steps")).hasSize(2);
		assertThat(created.body().path("steps").get(1).path("assigneeRole").asText()).isEqualTo("member");

		ApiClient.Response changed = api().exchange("PATCH", "/api/v1/journey-templates/" + created.text("id"),
				Map.of("name", "Renamed", "steps", List.of(Map.of("title", "Only", "dueOffsetDays", 1, "assigneeRole", "admin"))),
				token, Map.of());
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.text("name")).isEqualTo("Renamed");
		assertThat(changed.body().path("steps")).hasSize(1);
		assertThat(api().get("/api/v1/journey-templates", token).body().path("items")).hasSize(2);
		assertThat(api().get("/api/v1/journey-templates/" + created.text("id"), token).text("name")).isEqualTo("Renamed");
	}

	@Test
	void badTemplatesAnswer400() {
		assertThat(api().post("/api/v1/journey-templates", Map.of("name", "X", "steps",
				List.of(Map.of("title", "T", "dueOffsetDays", -1, "assigneeRole", "member"))), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/journey-templates", Map.of("name", "X", "steps",
				List.of(Map.of("title", "T", "dueOffsetDays", 1, "assigneeRole", "client"))), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/journey-templates", Map.of("name", "", "steps", List.of()), token).status())
			.isEqualTo(400);
		assertThat(api().post("/api/v1/journey-templates", "{\"name\": ", token).status()).isEqualTo(400);
		ApiClient.Response everything = api().post("/api/v1/journey-templates", Map.of("name", "   ", "steps",
				List.of(Map.of("title", " ", "dueOffsetDays", 5000, "assigneeRole", "member"))), token);
		assertThat(everything.status()).isEqualTo(400);
		assertThat(everything.body().path("errors").findValuesAsString("field")).as("every bad field at once")
			.containsExactlyInAnyOrder("name", "steps[0].title", "steps[0].dueOffsetDays");
		assertThat(api().exchange("PATCH", "/api/v1/journey-templates/" + UUID.randomUUID(), Map.of("name", "Y"), token,
				Map.of()).status()).isEqualTo(404);
	}

	@Test
	void startsAJourneyWithStepsDueFromTheStartAndMovesItAlong() {
		String botox = service("BTX", 30000);
		ApiClient.Response started = start(Map.of("contactId", contact, "templateId", template, "services", List.of(botox),
				"concerns", List.of("wrinkles")));
		assertThat(started.status()).isEqualTo(201);
		assertThat(started.text("status")).isEqualTo("pending");
		assertThat(started.body().path("allowed").toString()).isEqualTo("[\"in_progress\"]");
		JsonNode steps = started.body().path("steps");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(steps.get(0).path("dueOn").asText()).isEqualTo(today.toString());
		assertThat(steps.get(1).path("dueOn").asText()).isEqualTo(today.plusDays(3).toString());
		assertThat(steps.get(1).path("assigneeId").asText()).as("nobody is a member: the starter").isNotBlank();
		assertThat(started.body().path("concerns").get(0).asText()).isEqualTo("wrinkles");
		String id = started.text("id");

		ApiClient.Response forbidden = transition(id, "won");
		assertThat(forbidden.status()).isEqualTo(409);
		assertThat(forbidden.text("detail")).contains("in_progress");
		assertThat(forbidden.headers().getContentType().toString()).contains("problem+json");

		assertThat(transition(id, "in_progress").text("status")).isEqualTo("in_progress");
		assertThat(transition(id, "archived").text("status")).isEqualTo("archived");
		assertThat(transition(id, "in_progress").text("status")).isEqualTo("in_progress");
		assertThat(transition(id, "lost").text("status")).isEqualTo("lost");
		assertThat(transition(id, "in_progress").status()).isEqualTo(409);
		assertThat(transition(id, "flying").status()).isEqualTo(400);

		String stepId = steps.get(0).path("id").asText();
		ApiClient.Response ticked = api().exchange("PATCH", "/api/v1/journeys/" + id + "/steps/" + stepId,
				Map.of("done", true, "dueOn", today.plusDays(1).toString()), token, Map.of());
		assertThat(ticked.status()).isEqualTo(200);
		assertThat(ticked.body().path("steps").get(0).path("done").asBoolean()).isTrue();
		assertThat(ticked.body().path("steps").get(0).path("dueOn").asText()).isEqualTo(today.plusDays(1).toString());
		assertThat(api().exchange("PATCH", "/api/v1/journeys/" + id + "/steps/" + stepId,
				Map.of("assigneeId", UUID.randomUUID().toString()), token, Map.of()).status()).isEqualTo(400);
		assertThat(api().exchange("PATCH", "/api/v1/journeys/" + id + "/steps/" + UUID.randomUUID(), Map.of("done", true),
				token, Map.of()).status()).isEqualTo(404);
	}

	@Test
	void listsJourneysByContactAndStatusPageByPage() {
		String other = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Other")), token).text("id");
		for (int i = 0; i < 3; i++) {
			start(Map.of("contactId", contact, "templateId", template));
		}
		String otherJourney = start(Map.of("contactId", other, "templateId", template)).text("id");
		transition(otherJourney, "in_progress");

		ApiClient.Response first = api().get("/api/v1/journeys?contactId=" + contact + "&limit=2", token);
		assertThat(first.body().path("items")).hasSize(2);
		String cursor = first.text("nextCursor");
		ApiClient.Response second = api().get("/api/v1/journeys?contactId=" + contact + "&limit=2&cursor=" + cursor, token);
		assertThat(second.body().path("items")).hasSize(1);
		assertThat(second.body().path("nextCursor").isNull() || second.body().path("nextCursor").isMissingNode()).isTrue();
		ApiClient.Response inProgress = api().get("/api/v1/journeys?status=in_progress", token);
		assertThat(inProgress.body().path("items")).hasSize(1);
		assertThat(inProgress.body().path("items").get(0).path("id").asText()).isEqualTo(otherJourney);
		assertThat(api().get("/api/v1/journeys?cursor=nonsense", token).status()).isEqualTo(400);
	}

	@Test
	void badStartsAnswer400Or404() {
		assertThat(start(Map.of("contactId", contact, "templateId", UUID.randomUUID().toString())).status()).isEqualTo(404);
		assertThat(start(Map.of("contactId", UUID.randomUUID().toString(), "templateId", template)).status()).isEqualTo(404);
		assertThat(start(Map.of("templateId", template)).status()).isEqualTo(400);
		assertThat(start(Map.of("contactId", "not-a-uuid", "templateId", template)).status()).isEqualTo(400);
		assertThat(start(Map.of("contactId", contact, "templateId", template, "services",
				List.of(UUID.randomUUID().toString()))).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/journeys", "{nope", token).status()).isEqualTo(400);
	}

	@Test
	void anotherOrganizationsIdsAnswer404() {
		String journey = start(Map.of("contactId", contact, "templateId", template)).text("id");
		String stranger = uniqueEmail("stranger");
		registerVerified(stranger);
		String theirs = accessToken(stranger);
		String theirTemplate = createTemplate(theirs).text("id");

		assertThat(api().get("/api/v1/journeys/" + journey, theirs).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/journey-templates/" + template, theirs).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/journeys", Map.of("contactId", contact, "templateId", theirTemplate), theirs)
			.status()).isEqualTo(404);
		assertThat(start(Map.of("contactId", contact, "templateId", theirTemplate)).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/journeys/" + journey + "/transition", Map.of("to", "in_progress"), theirs).status())
			.isEqualTo(404);
		assertThat(api().post("/api/v1/journeys/" + journey + "/active-client", Map.of(), theirs).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/contacts/" + contact + "/submit-plug", null, theirs).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/journeys", theirs).body().path("items")).isInstanceOf(ArrayNode.class).isEmpty();
	}

	@Test
	void agreeingToServicesMakesOneActiveClientPerContact() {
		String botox = service("BTX", 30000);
		String filler = service("FILLER", 50000);
		String first = start(Map.of("contactId", contact, "templateId", template)).text("id");

		ApiClient.Response tooEarly = api().post("/api/v1/journeys/" + first + "/active-client",
				Map.of("services", List.of(Map.of("serviceId", botox, "priceCents", 25000))), token);
		assertThat(tooEarly.status()).isEqualTo(409);
		transition(first, "in_progress");
		assertThat(api().post("/api/v1/journeys/" + first + "/active-client",
				Map.of("services", List.of(Map.of("serviceId", botox, "priceCents", -1))), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/journeys/" + first + "/active-client",
				Map.of("services", List.of(Map.of("serviceId", UUID.randomUUID().toString()))), token).status())
			.isEqualTo(404);

		ApiClient.Response client = api().post("/api/v1/journeys/" + first + "/active-client",
				Map.of("services", List.of(Map.of("serviceId", botox, "priceCents", 25000))), token);
		assertThat(client.status()).isEqualTo(201);
		assertThat(client.body().path("services").get(0).path("priceCents").asLong()).isEqualTo(25000);
		assertThat(client.body().path("services").get(0).path("currency").asText()).isEqualTo("USD");
		assertThat(api().get("/api/v1/journeys/" + first, token).text("status")).isEqualTo("active_client");
		assertThat(api().post("/api/v1/journeys/" + first + "/active-client", Map.of(), token).status()).isEqualTo(409);

		String second = start(Map.of("contactId", contact, "templateId", template)).text("id");
		transition(second, "in_progress");
		ApiClient.Response again = api().post("/api/v1/journeys/" + second + "/active-client",
				Map.of("services", List.of(Map.of("serviceId", filler))), token);
		assertThat(again.text("id")).isEqualTo(client.text("id"));
		assertThat(again.body().path("services")).hasSize(2);
		assertThat(again.body().path("services").get(1).path("priceCents").asLong()).as("catalog price").isEqualTo(50000);
		assertThat(again.body().path("journeyIds")).hasSize(2);

		ApiClient.Response list = api().get("/api/v1/active-clients", token);
		assertThat(list.body().path("items")).hasSize(1);
		assertThat(api().get("/api/v1/active-clients/" + client.text("id"), token).text("contactId")).isEqualTo(contact);
	}

	@Test
	void transitionToActiveClientCreatesTheClientWithoutServices() {
		String journey = start(Map.of("contactId", contact, "templateId", template)).text("id");
		transition(journey, "in_progress");
		ApiClient.Response moved = transition(journey, "active_client");
		assertThat(moved.text("status")).isEqualTo("active_client");
		assertThat(moved.text("activeClientId")).isNotBlank();
	}
	@Test
	void anUnknownStatusFilterAnswers400() {
		assertThat(api().get("/api/v1/journeys?status=flying", token).status()).isEqualTo(400);
	}
	@Test
	void onlyManagersAndUpChangeTemplates() {
		String member = invitedMember(token, "member");
		assertThat(createTemplate(member).status()).isEqualTo(403);
		assertThat(api().exchange("PATCH", "/api/v1/journey-templates/" + template, Map.of("name", "Mine"), member, Map.of())
			.status()).isEqualTo(403);
		assertThat(api().get("/api/v1/journey-templates/" + template, member).status()).isEqualTo(200);
		assertThat(createTemplate(invitedMember(token, "manager")).status()).isEqualTo(201);
	}
	@Test
	void stepsGoToATeammateWithTheStepsRole() {
		invitedMember(token, "member");
		JsonNode steps = start(Map.of("contactId", contact, "templateId", template)).body().path("steps");
		String ownerStep = steps.get(0).path("assigneeId").asText();
		String memberStep = steps.get(1).path("assigneeId").asText();
		assertThat(memberStep).isNotBlank().isNotEqualTo(ownerStep);
	}
}
