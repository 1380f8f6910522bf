package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

class PipelineApiIntegrationTests extends IdentityTestSupport {

	private String token;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("pipes");
		registerVerified(owner);
		token = accessToken(owner);
	}

	static List<String> names(JsonNode stages) {
		List<String> names = new ArrayList<>();
		stages.forEach(stage -> names.add(stage.path("name").asString()));
		return names;
	}

	@Test
	void aNewOrganizationHasTheSalesPipeline() {
		ApiClient.Response list = api().get("/api/v1/pipelines", token);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body().path("items")).hasSize(1);
		JsonNode sales = list.body().path("items").get(0);
		assertThat(sales.path("name").asString()).isEqualTo("Sales");
		assertThat(sales.path("isDefault").asBoolean()).isTrue();
		assertThat(sales.path("allowMultipleOpenDeals").asBoolean()).isFalse();
		assertThat(names(sales.path("stages"))).containsExactly("New", "Contacted", "Consult Booked", "Won", "Lost");
		assertThat(sales.path("stages").get(3).path("kind").asString()).isEqualTo("won");
	}

	@Test
	void createsAMasterclassFunnelAndABlankPipeline() {
		ApiClient.Response funnel = api().post("/api/v1/pipelines", Map.of("name", "Masterclass", "template", "masterclass"), token);
		assertThat(funnel.status()).as(funnel.body().toString()).isEqualTo(201);
		assertThat(names(funnel.body().path("stages"))).containsExactly("Registered", "Invoiced", "Paid", "Attended",
				"Scheduled", "Won", "Lost");
		ApiClient.Response blank = api().post("/api/v1/pipelines", Map.of("name", "Partners", "allowMultipleOpenDeals", true), token);
		assertThat(blank.status()).isEqualTo(201);
		assertThat(blank.body().path("stages")).isEmpty();
		assertThat(blank.body().path("allowMultipleOpenDeals").asBoolean()).isTrue();
		assertThat(api().post("/api/v1/pipelines", Map.of("name", "partners"), token).status()).isEqualTo(409);
		assertThat(api().post("/api/v1/pipelines", Map.of("name", "X", "template", "nope"), token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/pipelines", "{\"name\": ", token).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/pipelines", Map.of("name", ""), token).status()).isEqualTo(400);

		String id = blank.text("id");
		ApiClient.Response renamed = api().exchange("PATCH", "/api/v1/pipelines/" + id,
				Map.of("name", "Referrals", "allowMultipleOpenDeals", false), token, Map.of());
		assertThat(renamed.text("name")).isEqualTo("Referrals");
		assertThat(api().exchange("DELETE", "/api/v1/pipelines/" + id, null, token, Map.of()).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/pipelines/" + id, token).status()).isEqualTo(404);
	}

	@Test
	void addsRenamesRecolorsReordersAndRemovesStages() {
		String pipeline = api().post("/api/v1/pipelines", Map.of("name", "Custom"), token).text("id");
		String base = "/api/v1/pipelines/" + pipeline + "/stages";
		String a = api().post(base, Map.of("name", "A"), token).text("id");
		ApiClient.Response b = api().post(base, Map.of("name", "B", "color", "#112233", "kind", "won", "probability", 100), token);
		assertThat(b.status()).isEqualTo(201);
		assertThat(b.body().path("position").asInt()).isEqualTo(1);
		String c = api().post(base, Map.of("name", "C"), token).text("id");
		assertThat(api().post(base, Map.of("name", "a"), token).status()).isEqualTo(409);
		assertThat(api().post(base, Map.of("name", "D", "probability", 101), token).status()).isEqualTo(400);
		assertThat(api().post(base, Map.of("name", "D", "color", "red"), token).status()).isEqualTo(400);

		ApiClient.Response renamed = api().exchange("PATCH", base + "/" + a, Map.of("name", "First", "color", "#abcdef"), token, Map.of());
		assertThat(renamed.text("name")).isEqualTo("First");
		assertThat(renamed.text("color")).isEqualTo("#abcdef");

		ApiClient.Response reordered = api().exchange("PUT", base + "/order", Map.of("stageIds", List.of(c, b.text("id"), a)), token, Map.of());
		assertThat(reordered.status()).as(reordered.body().toString()).isEqualTo(200);
		assertThat(names(reordered.body().path("stages"))).containsExactly("C", "B", "First");
		assertThat(api().exchange("PUT", base + "/order", Map.of("stageIds", List.of(c, a)), token, Map.of()).status()).isEqualTo(422);

		assertThat(api().exchange("DELETE", base + "/" + c, null, token, Map.of()).status()).isEqualTo(204);
		JsonNode stages = api().get(base, token).body().path("items");
		assertThat(names(stages)).containsExactly("B", "First");
		assertThat(stages.get(0).path("position").asInt()).isZero();
	}

	@Test
	void aStageWithDealsCannotBeRemoved() {
		JsonNode sales = api().get("/api/v1/pipelines", token).body().path("items").get(0);
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada")), token).text("id");
		String stage = sales.path("stages").get(0).path("id").asString();
		assertThat(api().post("/api/v1/deals", Map.of("contactId", contact, "title", "Botox"), token).status()).isEqualTo(201);
		ApiClient.Response refused = api().exchange("DELETE",
				"/api/v1/pipelines/" + sales.path("id").asString() + "/stages/" + stage, null, token, Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.headers().getContentType().toString()).contains("problem+json");
		assertThat(refused.body().path("deals").asLong()).isEqualTo(1);
		assertThat(api().exchange("DELETE", "/api/v1/pipelines/" + sales.path("id").asString(), null, token, Map.of()).status())
			.isEqualTo(409);
	}

	@Test
	void anotherOrganizationsPipelineIsNotFound() {
		String other = uniqueEmail("other");
		registerVerified(other);
		String otherToken = accessToken(other);
		String pipeline = api().get("/api/v1/pipelines", otherToken).body().path("items").get(0).path("id").asString();
		assertThat(api().get("/api/v1/pipelines/" + pipeline, token).status()).isEqualTo(404);
		assertThat(api().post("/api/v1/pipelines/" + pipeline + "/stages", Map.of("name", "X"), token).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/pipelines/" + pipeline + "/board", token).status()).isEqualTo(404);
	}

	@Test
	void servicesCatalog() {
		ApiClient.Response created = api().post("/api/v1/services", Map.of("code", "btx", "name", "Botox", "priceCents", 45000), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		assertThat(created.text("code")).isEqualTo("BTX");
		assertThat(api().post("/api/v1/services", Map.of("code", "BTX", "name", "Again"), token).status()).isEqualTo(409);
		assertThat(api().post("/api/v1/services", Map.of("code", "b t x", "name", "Bad"), token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/services", token).body().path("items")).hasSize(1);
	}

	@Test
	void aMemberCannotChangePipelines() {
		String member = invitedMember(token, "member");
		assertThat(api().get("/api/v1/pipelines", member).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/pipelines", Map.of("name", "Mine"), member).status()).isEqualTo(403);
	}
}
