package com.growthhub.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * Every value the database would refuse with a check constraint is refused first with 400 naming the JSON field,
 * never a 500; several bad fields are all named at once.
 */
class PipelineBadInputIntegrationTests extends IdentityTestSupport {

	private String token;
	private String contact;
	private String pipeline;
	private String stage;
	private String deal;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("badpipe");
		registerVerified(owner);
		token = accessToken(owner);
		contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Bea")), token).text("id");
		pipeline = api().post("/api/v1/pipelines", Map.of("name", "Checked", "template", "default",
				"allowMultipleOpenDeals", true), token).text("id");
		stage = api().post("/api/v1/pipelines/" + pipeline + "/stages", Map.of("name", "Extra"), token).text("id");
		deal = api().post("/api/v1/deals", Map.of("contactId", contact, "pipelineId", pipeline, "title", "Fine"), token)
			.text("id");
	}

	@Test
	void dealsRefuseBlankTitlesLongTextsAndNegativeValues() {
		assertRefused(api().post("/api/v1/deals", newDeal("title", "   "), token), "title");
		assertRefused(api().post("/api/v1/deals", newDeal("title", "t".repeat(201)), token), "title");
		assertRefused(api().post("/api/v1/deals", newDeal("valueCents", -1), token), "valueCents");
		assertRefused(api().post("/api/v1/deals", newDeal("campaign", "c".repeat(201)), token), "campaign");
		Map<String, Object> everything = newDeal("title", " ");
		everything.put("valueCents", -5);
		everything.put("campaign", "c".repeat(201));
		assertRefused(api().post("/api/v1/deals", everything, token), "title", "valueCents", "campaign");

		assertRefused(patch("/api/v1/deals/" + deal, Map.of("title", "   ")), "title");
		assertRefused(patch("/api/v1/deals/" + deal, Map.of("title", "t".repeat(201))), "title");
		assertRefused(patch("/api/v1/deals/" + deal, Map.of("valueCents", -1)), "valueCents");
		assertRefused(patch("/api/v1/deals/" + deal, Map.of("title", "\t", "valueCents", -1, "campaign", "c".repeat(201))),
				"title", "valueCents", "campaign");
		assertRefused(api().post("/api/v1/deals/" + deal + "/move", Map.of("stageId", stage, "lostReason", "r".repeat(501)),
				token), "lostReason");
		assertThat(api().get("/api/v1/deals/" + deal, token).text("title")).isEqualTo("Fine");
	}

	@Test
	void aPastCloseDateAndAStrangerAsOwnerAreNamedTogether() {
		Map<String, Object> body = newDeal("expectedCloseDate", java.time.LocalDate.now().minusDays(1).toString());
		body.put("ownerId", java.util.UUID.randomUUID().toString());
		ApiClient.Response answer = api().post("/api/v1/deals", body, token);
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("expectedCloseDate",
				"ownerId");
	}

	@Test
	void pipelinesAndStagesRefuseBlankOrLongNamesAndImpossibleProbabilities() {
		assertRefused(api().post("/api/v1/pipelines", Map.of("name", "   "), token), "name");
		assertRefused(api().post("/api/v1/pipelines", Map.of("name", "p".repeat(81)), token), "name");
		assertRefused(patch("/api/v1/pipelines/" + pipeline, Map.of("name", "  ")), "name");
		assertRefused(patch("/api/v1/pipelines/" + pipeline, Map.of("name", "p".repeat(81))), "name");

		String stages = "/api/v1/pipelines/" + pipeline + "/stages";
		assertRefused(api().post(stages, Map.of("name", "  "), token), "name");
		assertRefused(api().post(stages, Map.of("name", "s".repeat(61)), token), "name");
		assertRefused(api().post(stages, Map.of("name", "Odds", "probability", 150), token), "probability");
		assertRefused(api().post(stages, Map.of("name", "Odds", "probability", -1), token), "probability");
		assertRefused(api().post(stages, Map.of("name", " ", "probability", 150, "color", "red"), token), "name",
				"probability", "color");
		assertRefused(patch(stages + "/" + stage, Map.of("name", "  ")), "name");
		assertRefused(patch(stages + "/" + stage, Map.of("probability", 150)), "probability");
		assertRefused(patch(stages + "/" + stage, Map.of("probability", -1)), "probability");
		assertRefused(patch(stages + "/" + stage, Map.of("name", " ", "probability", -3, "color", "#12")), "name",
				"probability", "color");
	}

	@Test
	void servicesRefuseBlankOrLongCodesAndNamesAndNegativePrices() {
		assertRefused(api().post("/api/v1/services", Map.of("code", "  ", "name", "Botox"), token), "code");
		assertRefused(api().post("/api/v1/services", Map.of("code", "C".repeat(41), "name", "Botox"), token), "code");
		assertRefused(api().post("/api/v1/services", Map.of("code", "BTX", "name", "   "), token), "name");
		assertRefused(api().post("/api/v1/services", Map.of("code", "BTX", "name", "n".repeat(121)), token), "name");
		assertRefused(api().post("/api/v1/services", Map.of("code", "BTX", "name", "Botox", "priceCents", -1), token),
				"priceCents");
		assertRefused(api().post("/api/v1/services", Map.of("code", "no spaces", "name", " ", "priceCents", -1), token),
				"code", "name", "priceCents");
	}

	private Map<String, Object> newDeal(String field, Object value) {
		Map<String, Object> body = new HashMap<>(Map.of("contactId", contact, "pipelineId", pipeline, "title", "Deal"));
		body.put(field, value);
		return body;
	}

	private ApiClient.Response patch(String path, Map<String, Object> body) {
		return api().exchange("PATCH", path, body, token, Map.of());
	}

	private static void assertRefused(ApiClient.Response answer, String... fields) {
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
		assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
		List<String> named = new ArrayList<>();
		answer.body().path("errors").forEach(error -> named.add(error.path("field").asString()));
		assertThat(named.stream().distinct()).as(answer.body().toString()).containsExactlyInAnyOrder(fields);
	}
}
