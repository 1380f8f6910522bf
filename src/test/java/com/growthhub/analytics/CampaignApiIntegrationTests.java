package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Campaigns and KPI events through the API: create, page, filter, edit, spend per month, delete; events sent with an
 * Idempotency-Key recorded once; another organization's ids answer 404; members read, only managers write.
 */
class CampaignApiIntegrationTests extends IdentityTestSupport {

	String owner;
	String token;

	@BeforeEach
	void organization() {
		owner = uniqueEmail("campaigns-api");
		registerVerified(owner);
		token = accessToken(owner);
	}

	@Test
	void campaignsAreCreatedPagedFilteredEditedSpentAndDeleted() {
		String spring = create(Map.of("name", "Spring Promo", "platform", "facebook", "utmCampaign", "spring"));
		String summer = create(Map.of("name", "Summer", "platform", "google", "status", "paused", "currency", "EUR"));
		String autumn = create(Map.of("name", "Autumn"));

		JsonNode first = api().get("/api/v1/campaigns?limit=2", token).body();
		List<String> all = new ArrayList<>(ids(first));
		assertThat(all).containsExactly(autumn, summer);
		all.addAll(ids(api().get("/api/v1/campaigns?limit=2&cursor=" + first.path("nextCursor").asString(), token).body()));
		assertThat(all).containsExactly(autumn, summer, spring);
		assertThat(ids(api().get("/api/v1/campaigns?platform=google", token).body())).containsExactly(summer);
		assertThat(ids(api().get("/api/v1/campaigns?status=paused", token).body())).containsExactly(summer);
		assertThat(api().get("/api/v1/campaigns?platform=myspace", token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/campaigns/" + spring, token).body().path("platform").asString()).isEqualTo("facebook");

		Map<String, Object> patch = new LinkedHashMap<>();
		patch.put("status", "ended");
		patch.put("utmCampaign", null);
		patch.put("endsOn", "2026-06-30");
		JsonNode edited = api().exchange("PATCH", "/api/v1/campaigns/" + spring, patch, token, Map.of()).body();
		assertThat(edited.path("status").asString()).isEqualTo("ended");
		assertThat(edited.path("name").asString()).as("untouched").isEqualTo("Spring Promo");
		assertThat(edited.path("utmCampaign").isNull() || edited.path("utmCampaign").isMissingNode()).isTrue();
		assertThat(api().exchange("PATCH", "/api/v1/campaigns/" + spring, Map.of("startsOn", "2026-07-01"), token,
				Map.of()).status()).as("ends before it starts").isEqualTo(400);
		assertThat(api().post("/api/v1/campaigns", Map.of("name", "summer"), token).status()).as("names are unique")
			.isEqualTo(409);
		assertThat(api().post("/api/v1/campaigns", Map.of("platform", "google"), token).status()).isEqualTo(400);

		assertThat(spend(spring, "2026-03", 150_000).status()).isEqualTo(200);
		assertThat(spend(spring, "2026-04", 90_000).status()).isEqualTo(200);
		assertThat(spend(spring, "2026-03", 120_000).status()).as("a month set again").isEqualTo(200);
		ApiClient.Response badMonth = spend(spring, "2026-13", 1);
		assertThat(badMonth.status()).isEqualTo(400);
		assertThat(badMonth.headers().getContentType().toString()).contains("problem+json");
		assertThat(spend(spring, "2026-05", -1).status()).isEqualTo(400);
		JsonNode spent = api().get("/api/v1/campaigns/" + spring, token).body().path("spend");
		assertThat(spent.get(0).path("month").asString()).isEqualTo("2026-03");
		assertThat(spent.get(0).path("amountCents").asLong()).isEqualTo(120_000);
		assertThat(spent.get(1).path("amountCents").asLong()).isEqualTo(90_000);

		assertThat(api().exchange("DELETE", "/api/v1/campaigns/" + autumn, null, token, Map.of()).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/campaigns/" + autumn, token).status()).isEqualTo(404);

		String stranger = uniqueEmail("campaigns-stranger");
		registerVerified(stranger);
		String theirs = accessToken(stranger);
		assertThat(api().get("/api/v1/campaigns/" + spring, theirs).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/campaigns/" + spring, Map.of("name", "Mine"), theirs, Map.of())
			.status()).isEqualTo(404);
		assertThat(api().exchange("PUT", "/api/v1/campaigns/" + spring + "/spend/2026-03", Map.of("amountCents", 1),
				theirs, Map.of()).status()).isEqualTo(404);
		assertThat(ids(api().get("/api/v1/campaigns", theirs).body())).isEmpty();

		String member = invitedMember(token, "member");
		assertThat(api().get("/api/v1/campaigns", member).status()).as("members read").isEqualTo(200);
		assertThat(api().post("/api/v1/campaigns", Map.of("name", "Mine"), member).status()).isEqualTo(403);
		assertThat(spend(spring, "2026-03", 1, member).status()).isEqualTo(403);
		String manager = invitedMember(token, "manager");
		assertThat(api().post("/api/v1/campaigns", Map.of("name", "Managed"), manager).status()).isEqualTo(201);
	}

	@Test
	void kpiEventsAreRecordedOncePerIdempotencyKeyAndFiltered() {
		String campaign = create(Map.of("name", "Clicks"));
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Kim")), token)
			.text("id");
		Map<String, Object> click = Map.of("kind", "ad_click", "campaignId", campaign, "contactId", contact,
				"occurredAt", Instant.now().minusSeconds(600).toString(), "metadata", Map.of("gclid", "abc"));

		ApiClient.Response first = event(click, "click-1");
		assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
		assertThat(first.body().path("kind").asString()).isEqualTo("ad_click");
		ApiClient.Response again = event(click, "click-1");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.text("id")).isEqualTo(first.text("id"));
		assertThat(event(Map.of("kind", "invoice_paid", "contactId", contact, "valueCents", 50_000, "currency", "USD"),
				"paid-1").status()).isEqualTo(201);

		assertThat(ids(api().get("/api/v1/kpi-events", token).body())).hasSize(2);
		assertThat(ids(api().get("/api/v1/kpi-events?kind=ad_click&campaignId=" + campaign, token).body()))
			.containsExactly(first.text("id"));
		assertThat(ids(api().get("/api/v1/kpi-events?contactId=" + contact + "&limit=1", token).body())).hasSize(1);
		assertThat(ids(api().get("/api/v1/kpi-events?to=2020-01-01", token).body())).isEmpty();
		assertThat(api().get("/api/v1/kpi-events?kind=view", token).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/kpi-events?from=yesterday", token).status()).isEqualTo(400);

		assertThat(event(Map.of("kind", "ad_click"), null).status()).as("no Idempotency-Key").isEqualTo(400);
		assertThat(event(Map.of("kind", "ad_click", "occurredAt", Instant.now().plusSeconds(3600).toString()), "future")
			.status()).isEqualTo(400);
		assertThat(event(Map.of("kind", "invoice_paid", "valueCents", 0, "currency", "USD"), "free").status())
			.isEqualTo(400);
		assertThat(event(Map.of("kind", "consult_show", "valueCents", 10, "currency", "USD"), "valued").status())
			.isEqualTo(400);
		assertThat(event(Map.of("kind", "page_view"), "unknown").status()).isEqualTo(400);

		String stranger = uniqueEmail("kpi-stranger");
		registerVerified(stranger);
		String theirs = accessToken(stranger);
		assertThat(event(Map.of("kind", "ad_click", "campaignId", campaign), "x", theirs).status()).isEqualTo(404);
		assertThat(event(Map.of("kind", "ad_click", "contactId", contact), "y", theirs).status()).isEqualTo(404);
		assertThat(ids(api().get("/api/v1/kpi-events", theirs).body())).isEmpty();
		String member = invitedMember(token, "member");
		assertThat(event(Map.of("kind", "ad_click"), "member", member).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/kpi-events", member).status()).isEqualTo(200);
	}

	private String create(Map<String, Object> body) {
		ApiClient.Response created = api().post("/api/v1/campaigns", body, token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	private ApiClient.Response spend(String campaign, String month, long cents) {
		return spend(campaign, month, cents, token);
	}

	private ApiClient.Response spend(String campaign, String month, long cents, String as) {
		return api().exchange("PUT", "/api/v1/campaigns/" + campaign + "/spend/" + month, Map.of("amountCents", cents),
				as, Map.of());
	}

	private ApiClient.Response event(Map<String, Object> body, String key) {
		return event(body, key, token);
	}

	private ApiClient.Response event(Map<String, Object> body, String key, String as) {
		return api().exchange("POST", "/api/v1/kpi-events", body, as,
				key == null ? Map.of() : Map.of("Idempotency-Key", key));
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.path("items").forEach(item -> ids.add(item.path("id").asString()));
		return ids;
	}
}
