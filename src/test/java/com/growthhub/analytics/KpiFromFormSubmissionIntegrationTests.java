package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * The whole way from a visitor's form with UTM values in its hidden fields to an ad click on the campaign they name:
 * forms captures them, FormSubmitted carries them, analytics records the click once.
 */
class KpiFromFormSubmissionIntegrationTests extends IdentityTestSupport {

	@Test
	void aSubmissionWithUtmIsAnAdClickOnTheCampaignItNames() {
		String owner = uniqueEmail("kpi-form");
		registerVerified(owner);
		String token = accessToken(owner);
		String campaign = api().post("/api/v1/campaigns", Map.of("name", "Newsletter May", "platform", "email",
				"utmCampaign", "may-news"), token).text("id");
		Map<String, Object> definition = Map.of("fields", List.of(
				Map.of("key", "email", "type", "email", "label", "Email", "required", true, "mapsTo", "email"),
				Map.of("key", "name", "type", "text", "label", "Name", "required", true, "mapsTo", "firstName"),
				Map.of("key", "src", "type", "hidden", "label", "Source", "captures", "utm_source"),
				Map.of("key", "cmp", "type", "hidden", "label", "Campaign", "captures", "utm_campaign")),
				"settings", Map.of("proofOfWork", false, "minFillSeconds", 0));
		ApiClient.Response form = api().post("/api/v1/forms", Map.of("name", "Contact us", "definition", definition), token);
		assertThat(form.status()).as(form.body().toString()).isEqualTo(201);
		String formId = form.text("id");
		assertThat(api().post("/api/v1/forms/" + formId + "/publish", null, token).status()).isEqualTo(200);

		ApiClient.Response submitted = api().post("/f/" + formId + "/submissions", Map.of("email",
				uniqueEmail("visitor"), "name", "Ada", "src", "newsletter", "cmp", "MAY-NEWS"), null);
		assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(202);

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				api().get("/api/v1/kpi-events?kind=ad_click&campaignId=" + campaign, token).body().path("items"))
			.hasSize(1));
		JsonNode click = api().get("/api/v1/kpi-events?kind=ad_click", token).body().path("items").get(0);
		assertThat(click.path("contactId").isString()).isTrue();
		assertThat(click.path("metadata").path("utm").path("source").asString()).isEqualTo("newsletter");
		assertThat(click.path("sourceKey").asString())
			.isEqualTo("form-submitted:" + click.path("metadata").path("submissionId").asString());
		JsonNode lead = api().get("/api/v1/contacts/" + click.path("contactId").asString(), token).body();
		assertThat(lead.path("campaignId").asString()).as("the lead without a campaign takes the ad's").isEqualTo(campaign);
		assertThat(lead.path("campaign").asString()).isEqualTo("Newsletter May");
	}
}
