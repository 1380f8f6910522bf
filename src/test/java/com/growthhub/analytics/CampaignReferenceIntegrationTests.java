package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.analytics.internal.CampaignReferenceBackfill;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * Contacts and deals reference campaigns (issue 19): by id or by name through the API (an unknown name becomes a
 * campaign, another organization's id is refused), filtered by campaign, following a campaign's rename; and the
 * startup job that turns the free-text names stored before into campaigns.
 */
class CampaignReferenceIntegrationTests extends IdentityTestSupport {

	@Autowired
	CampaignReferenceBackfill backfill;

	String token;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("campaign-refs");
		registerVerified(owner);
		token = accessToken(owner);
	}

	@Test
	void contactsAndDealsNameCampaignsByIdOrNameAndFollowRenames() {
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo", "platform", "facebook"), token)
			.body().path("id").asString();

		JsonNode byName = contact(Map.of("firstName", "Ada", "campaign", "  spring PROMO "));
		assertThat(byName.path("campaignId").asString()).as("an existing campaign, in any case").isEqualTo(spring);
		assertThat(byName.path("campaign").asString()).isEqualTo("Spring Promo");

		JsonNode unknown = contact(Map.of("firstName", "Bea", "campaign", "Open Day 2026"));
		String openDay = unknown.path("campaignId").asString();
		assertThat(openDay).as("an unknown name becomes a campaign").isNotBlank().isNotEqualTo(spring);
		JsonNode created = api().get("/api/v1/campaigns/" + openDay, token).body();
		assertThat(created.path("name").asString()).isEqualTo("Open Day 2026");
		assertThat(created.path("platform").asString()).isEqualTo("other");
		assertThat(created.path("status").asString()).isEqualTo("active");
		assertThat(contact(Map.of("firstName", "Cy", "campaign", "open day 2026")).path("campaignId").asString())
			.as("the second time the same campaign").isEqualTo(openDay);

		JsonNode byId = contact(Map.of("firstName", "Dee", "campaignId", spring));
		assertThat(byId.path("campaign").asString()).isEqualTo("Spring Promo");
		String dee = byId.path("id").asString();
		JsonNode moved = api().exchange("PATCH", "/api/v1/contacts/" + dee, Map.of("campaign", "Open Day 2026"), token,
				Map.of()).body();
		assertThat(moved.path("campaignId").asString()).as("a new name names its own campaign").isEqualTo(openDay);
		Map<String, Object> cleared = new HashMap<>();
		cleared.put("campaignId", null);
		JsonNode none = api().exchange("PATCH", "/api/v1/contacts/" + byName.path("id").asString(), cleared, token,
				Map.of()).body();
		assertThat(none.path("campaignId").isNull() || none.path("campaignId").isMissingNode()).isTrue();
		assertThat(none.path("campaign").isNull() || none.path("campaign").isMissingNode()).isTrue();

		assertThat(names(api().get("/api/v1/contacts?campaignId=" + openDay, token).body()))
			.containsExactlyInAnyOrder("Bea", "Cy", "Dee");
		assertThat(api().get("/api/v1/contacts?campaignId=not-an-id", token).status()).isEqualTo(400);

		ApiClient.Response deal = api().post("/api/v1/deals",
				Map.of("contactId", dee, "title", "Rhinoplasty", "campaign", "SPRING promo"), token);
		assertThat(deal.status()).isEqualTo(201);
		assertThat(deal.body().path("campaignId").asString()).isEqualTo(spring);
		assertThat(deal.body().path("campaign").asString()).isEqualTo("Spring Promo");
		String dealId = deal.body().path("id").asString();
		JsonNode repointed = api().exchange("PATCH", "/api/v1/deals/" + dealId, Map.of("campaignId", openDay), token,
				Map.of()).body();
		assertThat(repointed.path("campaign").asString()).isEqualTo("Open Day 2026");
		JsonNode fresh = api().exchange("PATCH", "/api/v1/deals/" + dealId, Map.of("campaign", "Referral Week"), token,
				Map.of()).body();
		assertThat(fresh.path("campaignId").asString()).isNotIn(spring, openDay);

		assertThat(api().exchange("PATCH", "/api/v1/campaigns/" + openDay, Map.of("name", "Open Day Spring"), token,
				Map.of()).status()).isEqualTo(200);
		JsonNode renamed = api().get("/api/v1/contacts/" + dee, token).body();
		assertThat(renamed.path("campaign").asString()).as("the rename reaches contacts").isEqualTo("Open Day Spring");
		assertThat(renamed.path("campaignId").asString()).isEqualTo(openDay);
		assertThat(api().get("/api/v1/deals/" + dealId, token).body().path("campaign").asString())
			.isEqualTo("Referral Week");
		JsonNode renamedDeal = api().exchange("PATCH", "/api/v1/deals/" + dealId, Map.of("campaignId", openDay), token,
				Map.of()).body();
		assertThat(renamedDeal.path("campaign").asString()).isEqualTo("Open Day Spring");

		// A form sends the name back unchanged: a campaign deleted since stays, and no new one is made of its name.
		assertThat(api().exchange("DELETE", "/api/v1/campaigns/" + openDay, null, token, Map.of()).status()).isEqualTo(204);
		JsonNode kept = api().exchange("PATCH", "/api/v1/contacts/" + dee,
				Map.of("campaign", "Open Day Spring", "company", "Kept Co"), token, Map.of()).body();
		assertThat(kept.path("campaignId").asString()).isEqualTo(openDay);
		JsonNode keptDeal = api().exchange("PATCH", "/api/v1/deals/" + dealId,
				Map.of("campaign", "Open Day Spring", "title", "Rhinoplasty II"), token, Map.of()).body();
		assertThat(keptDeal.path("campaignId").asString()).isEqualTo(openDay);
		assertThat(api().get("/api/v1/campaigns?limit=200", token).body().path("items").valueStream()
			.map(c -> c.path("name").asString()).toList()).doesNotContain("Open Day Spring");
	}

	@Test
	void anotherOrganizationsCampaignIsRefused() {
		String stranger = uniqueEmail("campaign-refs-stranger");
		registerVerified(stranger);
		String theirs = api().post("/api/v1/campaigns", Map.of("name", "Their Secret Launch"), accessToken(stranger))
			.body().path("id").asString();

		ApiClient.Response refused = api().post("/api/v1/contacts",
				ContactMother.complete(Map.of("firstName", "Eve", "campaignId", theirs)), token);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.headers().getContentType().toString()).contains("problem+json");
		assertThat(refused.body().toString()).contains("campaignId").doesNotContain("Their Secret Launch");

		String eve = contact(Map.of("firstName", "Eve")).path("id").asString();
		ApiClient.Response deal = api().post("/api/v1/deals", Map.of("contactId", eve, "title", "Deal", "campaignId", theirs),
				token);
		assertThat(deal.status()).as("the pipeline's answer to a field naming nothing of the organization").isEqualTo(422);
		assertThat(deal.headers().getContentType().toString()).contains("problem+json");
		assertThat(api().get("/api/v1/contacts?campaignId=" + theirs, token).body().path("items")).isEmpty();
		assertThat(contact(Map.of("firstName", "Fay", "campaign", "Their Secret Launch")).path("campaignId").asString())
			.as("the same name here is a campaign of this organization").isNotEqualTo(theirs);
	}

	@Test
	void freeTextCampaignsStoredBeforeBecomeCampaigns() {
		String existing = api().post("/api/v1/campaigns", Map.of("name", "Summer Glow"), token).body().path("id")
			.asString();
		String first = contact(Map.of("firstName", "Gus")).path("id").asString();
		String second = contact(Map.of("firstName", "Hal")).path("id").asString();
		String third = contact(Map.of("firstName", "Ivy")).path("id").asString();
		String dealId = api().post("/api/v1/deals", Map.of("contactId", first, "title", "Filler"), token).body()
			.path("id").asString();
		// As V5 and V11 stored them: free text, no reference.
		asSystem("update contacts set campaign = 'summer GLOW', campaign_id = null where id = ?", first);
		asSystem("update contacts set campaign = 'Webinar Leads', campaign_id = null where id = ?", second);
		asSystem("update contacts set campaign = 'webinar leads', campaign_id = null where id = ?", third);
		asSystem("update deals set campaign = 'Trade Show', campaign_id = null where id = ?", dealId);
		asSystem("delete from contact_field_times where contact_id = ?", second);
		long audited = asSystemCount("select count(*) from audit_events where entity_id = ?", second);

		CampaignReferenceBackfill.Linked linked = backfill.run();

		assertThat(linked.contacts()).isGreaterThanOrEqualTo(3);
		assertThat(linked.deals()).isGreaterThanOrEqualTo(1);
		JsonNode gus = api().get("/api/v1/contacts/" + first, token).body();
		assertThat(gus.path("campaignId").asString()).as("matched case-insensitively").isEqualTo(existing);
		assertThat(gus.path("campaign").asString()).isEqualTo("Summer Glow");
		JsonNode hal = api().get("/api/v1/contacts/" + second, token).body();
		JsonNode ivy = api().get("/api/v1/contacts/" + third, token).body();
		assertThat(hal.path("campaignId").asString()).isNotBlank().isEqualTo(ivy.path("campaignId").asString());
		assertThat(ivy.path("campaign").asString()).as("the spelling stored first").isEqualTo("Webinar Leads");
		JsonNode deal = api().get("/api/v1/deals/" + dealId, token).body();
		assertThat(deal.path("campaign").asString()).isEqualTo("Trade Show");
		assertThat(deal.path("campaignId").asString()).isNotBlank();
		List<String> campaigns = api().get("/api/v1/campaigns?limit=200", token).body().path("items").valueStream()
			.map(c -> c.path("name").asString()).toList();
		assertThat(campaigns).containsExactlyInAnyOrder("Summer Glow", "Webinar Leads", "Trade Show");
		assertThat(asSystemCount("select count(*) from contact_field_times where contact_id = ?", second))
			.as("the name did not change: nothing for a sync to push").isZero();
		assertThat(asSystemCount("select count(*) from audit_events where entity_id = ?", second))
			.as("the link follows the stored name: no audit entry of its own").isEqualTo(audited);
		assertThat(backfill.run().contacts()).as("nothing left to link").isZero();
	}

	private JsonNode contact(Map<String, ?> fields) {
		ApiClient.Response created = api().post("/api/v1/contacts", ContactMother.complete(fields), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body();
	}

	private static List<String> names(JsonNode page) {
		return page.path("items").valueStream().map(c -> c.path("firstName").asString()).toList();
	}

	private void asSystem(String sql, String id) {
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(sql).param(UUID.fromString(id)).update());
	}

	private long asSystemCount(String sql, String id) {
		return transactions.call(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql(sql).param(UUID.fromString(id)).query(Long.class).single());
	}
}
