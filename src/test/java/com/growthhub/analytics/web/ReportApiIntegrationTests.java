package com.growthhub.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.analytics.ReportFixtures;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/** The report API over rollups and spend written in SQL: every figure below is worked out by hand. */
class ReportApiIntegrationTests extends IdentityTestSupport {

	static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
	static final String APRIL_RANGE = "from=2026-04-01&to=2026-04-30";

	String token;
	ReportFixtures fixtures;
	UUID glow;
	UUID search;

	@BeforeEach
	void organizationWithTwoCampaigns() {
		String owner = uniqueEmail("reports");
		registerVerified(owner);
		token = accessToken(owner);
		fixtures = new ReportFixtures(jdbc, transactions,
				OrganizationId.of(UUID.fromString(api().get("/api/v1/me", token).text("organizationId"))));
		glow = fixtures.campaign("Spring glow", "facebook", "USD");
		search = fixtures.campaign("Brand search", "google", "USD");
		// April: glow $3,000.00 spend, 40 clicks, 10 booked, 8 shows, 2 paid for $9,000.00.
		fixtures.spend(glow, APRIL, 300_000);
		fixtures.counted(APRIL.plusDays(2), glow, "ad_click", 25);
		fixtures.counted(APRIL.plusDays(20), glow, "ad_click", 15);
		fixtures.counted(APRIL.plusDays(5), glow, "consult_booked", 10);
		fixtures.counted(APRIL.plusDays(9), glow, "consult_show", 8);
		fixtures.paid(APRIL.plusDays(12), glow, 2, 900_000, "USD");
		// The same shows count on search under last touch only.
		fixtures.rollup(APRIL.plusDays(9), search, "last_touch", "consult_show", 3, 0, "USD");
		// March 2 – 31 (the 30 days before April): 20 clicks, $1,000.00 of March's $1,550.00 spend.
		fixtures.spend(glow, LocalDate.of(2026, 3, 1), 155_000);
		fixtures.counted(LocalDate.of(2026, 3, 15), glow, "ad_click", 20);
		fixtures.counted(LocalDate.of(2026, 3, 1), glow, "ad_click", 99);
	}

	@Test
	void campaignReportPerCampaignPlatformAndTotalWithThePreviousPeriod() {
		JsonNode report = ok(api().get("/api/v1/analytics/campaigns?" + APRIL_RANGE + "&model=first_touch", token));
		assertThat(report.path("previousFrom").asString()).isEqualTo("2026-03-02");
		assertThat(report.path("previousTo").asString()).isEqualTo("2026-03-31");
		JsonNode row = campaign(report, glow);
		assertThat(row.path("name").asString()).isEqualTo("Spring glow");
		assertThat(row.path("platform").asString()).isEqualTo("facebook");
		JsonNode metrics = row.path("metrics");
		assertThat(metrics.path("spendCents").asLong()).isEqualTo(300_000);
		assertThat(metrics.path("leads").asLong()).isEqualTo(40);
		assertThat(metrics.path("costPerLeadCents").asLong()).isEqualTo(7_500);
		assertThat(metrics.path("costPerConsultCents").asLong()).isEqualTo(30_000);
		assertThat(metrics.path("costPerShowCents").asLong()).isEqualTo(37_500);
		assertThat(metrics.path("showRate").decimalValue()).isEqualByComparingTo("0.8");
		assertThat(metrics.path("revenueCents").asLong()).isEqualTo(900_000);
		assertThat(metrics.path("roas").decimalValue()).isEqualByComparingTo("3");
		assertThat(metrics.path("showToPaid").decimalValue()).isEqualByComparingTo("0.25");
		JsonNode idle = campaign(report, search).path("metrics");
		assertThat(idle.path("consultsHeld").asLong()).isZero();
		assertThat(idle.has("roas")).as("no spend, no ROAS").isFalse();

		JsonNode total = report.path("totals").get(0);
		assertThat(total.path("currency").asString()).isEqualTo("USD");
		assertThat(total.path("comparison").path("leads").path("previous").asLong()).isEqualTo(20);
		assertThat(total.path("comparison").path("leads").path("changePercent").decimalValue()).isEqualByComparingTo("100");
		assertThat(total.path("comparison").path("spendCents").path("previous").asLong()).isEqualTo(150_000);
		assertThat(total.path("comparison").path("spendCents").path("changePercent").decimalValue())
			.isEqualByComparingTo("100");
		assertThat(report.path("platforms").findValuesAsString("platform")).contains("facebook", "google");

		JsonNode lastTouch = ok(api().get("/api/v1/analytics/campaigns?" + APRIL_RANGE + "&model=LAST-TOUCH", token));
		assertThat(campaign(lastTouch, search).path("metrics").path("consultsHeld").asLong()).isEqualTo(3);

		String csv = api().get("/api/v1/analytics/campaigns.csv?" + APRIL_RANGE, token).text("raw");
		assertThat(csv).contains("campaignId,campaign,platform,status,currency,spendCents,leads,costPerLeadCents")
			.contains(glow + ",Spring glow,facebook,active,USD,300000,40,7500,10,30000,8,0.8000,37500,2,900000,3.00");
	}

	@Test
	void wonAndLostDealsCountOnTheContactsCampaignAndEachCampaignComparesWithThePeriodBefore() {
		JsonNode pipeline = api().get("/api/v1/pipelines", token).body().path("items").get(0);
		UUID pipelineId = UUID.fromString(pipeline.path("id").asString());
		UUID stage = UUID.fromString(pipeline.path("stages").get(0).path("id").asString());
		Instant april = APRIL.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		UUID glowFirst = fixtures.touched(glow, search);
		fixtures.closedDeal(pipelineId, stage, glowFirst, "WON", april.plus(Duration.ofDays(9)));
		fixtures.closedDeal(pipelineId, stage, glowFirst, "LOST", april.plus(Duration.ofDays(10)));
		// Closed on March 20: the previous period's.
		fixtures.closedDeal(pipelineId, stage, fixtures.touched(search, search), "WON", april.minus(Duration.ofDays(12)));
		// A contact without a touch: unattributed. Closed on May 1: after the period.
		fixtures.closedDeal(pipelineId, stage, UUID.randomUUID(), "LOST", april.plus(Duration.ofDays(4)));
		fixtures.closedDeal(pipelineId, stage, glowFirst, "WON", april.plus(Duration.ofDays(30)));

		JsonNode report = ok(api().get("/api/v1/analytics/campaigns?" + APRIL_RANGE + "&model=first_touch", token));
		JsonNode glowRow = campaign(report, glow);
		assertThat(glowRow.path("deals").path("won").asLong()).isEqualTo(1);
		assertThat(glowRow.path("deals").path("lost").asLong()).isEqualTo(1);
		assertThat(glowRow.path("comparison").path("leads").path("previous").asLong()).isEqualTo(20);
		assertThat(glowRow.path("comparison").path("leads").path("changePercent").decimalValue())
			.isEqualByComparingTo("100");
		assertThat(glowRow.path("comparison").path("spendCents").path("previous").asLong()).isEqualTo(150_000);
		JsonNode searchRow = campaign(report, search);
		assertThat(searchRow.path("deals").path("won").asLong()).isZero();
		assertThat(searchRow.path("comparison").path("dealsWon").path("previous").asLong()).isEqualTo(1);
		assertThat(searchRow.path("comparison").path("dealsWon").path("changePercent").decimalValue())
			.isEqualByComparingTo("-100");
		JsonNode unattributed = report.path("campaigns").findParents("platform").stream()
			.filter(row -> row.path("platform").asString().equals("unattributed")).findFirst().orElseThrow();
		assertThat(unattributed.path("deals").path("lost").asLong()).isEqualTo(1);
		assertThat(report.path("totals").get(0).path("deals").path("won").asLong()).isEqualTo(1);
		assertThat(report.path("totals").get(0).path("deals").path("lost").asLong()).isEqualTo(2);

		JsonNode lastTouch = ok(api().get("/api/v1/analytics/campaigns?" + APRIL_RANGE + "&model=last_touch", token));
		assertThat(campaign(lastTouch, search).path("deals").path("won").asLong()).isEqualTo(1);
		assertThat(campaign(lastTouch, glow).path("deals").path("won").asLong()).isZero();

		assertThat(api().get("/api/v1/analytics/campaigns.csv?" + APRIL_RANGE, token).text("raw"))
			.contains("dealsWon,dealsLost,spendChangePercent,leadsChangePercent,revenueChangePercent,dealsWonChangePercent")
			.contains(",1,1,100.0,100.0,,");
	}

	@Test
	void funnelCountsEachStepAndItsConversion() {
		JsonNode funnel = ok(api().get("/api/v1/analytics/funnel?" + APRIL_RANGE + "&campaignId=" + glow, token));
		assertThat(funnel.path("steps").findValuesAsString("step")).containsExactly("click", "booked", "show", "paid");
		assertThat(funnel.path("steps").findValues("count").stream().map(JsonNode::asLong)).containsExactly(40L, 10L, 8L, 2L);
		assertThat(funnel.path("steps").get(0).path("previousCount").asLong()).isEqualTo(20);
		assertThat(funnel.path("conversions").findValues("rate").stream().map(JsonNode::decimalValue))
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("0.25"), new java.math.BigDecimal("0.8"), new java.math.BigDecimal("0.25"));
		assertThat(funnel.path("overall").path("rate").decimalValue()).isEqualByComparingTo("0.05");
		assertThat(funnel.path("revenue").get(0).path("roas").decimalValue()).isEqualByComparingTo("3");

		JsonNode google = ok(api().get("/api/v1/analytics/funnel?" + APRIL_RANGE + "&platform=google", token));
		assertThat(google.path("steps").get(2).path("count").asLong()).isZero();
		assertThat(api().get("/api/v1/analytics/funnel.csv?" + APRIL_RANGE, token).text("raw"))
			.contains("step,count,previousCount,changePercent,conversionToNext").contains("click,40,20,100.0,0.2500");
	}

	@Test
	void stageVelocityHasTheMedianAndP90OfFinishedStays() {
		JsonNode pipeline = api().get("/api/v1/pipelines", token).body().path("items").get(0);
		UUID pipelineId = UUID.fromString(pipeline.path("id").asString());
		UUID first = UUID.fromString(pipeline.path("stages").get(0).path("id").asString());
		UUID second = UUID.fromString(pipeline.path("stages").get(1).path("id").asString());
		Instant start = Instant.now().minus(Duration.ofDays(30));
		// Stays in the first stage: 1 h, 2 h, 3 h, 10 h. Median 2.5 h; p90 at rank 2.7: 3 h + 0.7 × 7 h = 7.9 h.
		for (int hours : new int[] { 1, 2, 3, 10 }) {
			fixtures.dealThrough(pipelineId, new UUID[] { first, second },
					new Instant[] { start, start.plus(Duration.ofHours(hours)) });
		}
		JsonNode velocity = ok(api().get("/api/v1/analytics/stage-velocity?pipelineId=" + pipelineId, token));
		JsonNode stage = velocity.path("stages").get(0);
		assertThat(stage.path("stageId").asString()).isEqualTo(first.toString());
		assertThat(stage.path("stays").asLong()).isEqualTo(4);
		assertThat(stage.path("medianSeconds").asLong()).isEqualTo(9_000);
		assertThat(stage.path("p90Seconds").asLong()).isEqualTo(28_440);
		assertThat(velocity.path("stages").get(1).path("stays").asLong()).as("still in it").isZero();
		assertThat(ok(api().get("/api/v1/analytics/stage-velocity", token)).path("pipelineId").asString())
			.as("the default pipeline").isEqualTo(pipelineId.toString());
		assertThat(api().get("/api/v1/analytics/stage-velocity.csv?pipelineId=" + pipelineId, token).text("raw"))
			.contains(first + "," + pipeline.path("stages").get(0).path("name").asString() + ",open,4,9000,28440");

		// A move through the API ends the deal's stay in the first stage (its length kept by the move): a fifth stay of
		// about nothing, so the median becomes the third of {0, 1, 2, 3, 10} hours.
		String contact = api().post("/api/v1/contacts",
				com.growthhub.contacts.ContactMother.complete(java.util.Map.of("firstName", "Velocity")), token).text("id");
		String deal = api().post("/api/v1/deals", java.util.Map.of("contactId", contact, "title", "Moved",
				"pipelineId", pipelineId.toString(), "stageId", first.toString()), token).text("id");
		assertThat(api().post("/api/v1/deals/" + deal + "/move", java.util.Map.of("stageId", second.toString()), token)
			.status()).isEqualTo(200);
		JsonNode moved = ok(api().get("/api/v1/analytics/stage-velocity?pipelineId=" + pipelineId, token))
			.path("stages").get(0);
		assertThat(moved.path("stays").asLong()).isEqualTo(5);
		assertThat(moved.path("medianSeconds").asLong()).isEqualTo(7_200);

		String stranger = uniqueEmail("reports-stranger");
		registerVerified(stranger);
		String strangerToken = accessToken(stranger);
		assertThat(api().get("/api/v1/analytics/stage-velocity?pipelineId=" + pipelineId, strangerToken).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/analytics/funnel?campaignId=" + glow, strangerToken).status()).isEqualTo(404);
		assertThat(ok(api().get("/api/v1/analytics/campaigns?" + APRIL_RANGE, strangerToken)).path("campaigns").size())
			.as("another organization's campaigns stay hidden").isZero();
	}

	@Test
	void badParametersAnswer400NamingThem() {
		assertField(api().get("/api/v1/analytics/campaigns?from=yesterday", token), "from");
		assertField(api().get("/api/v1/analytics/campaigns?from=2026-04-02&to=2026-04-01", token), "to");
		assertField(api().get("/api/v1/analytics/campaigns.csv?to=2026-13-01", token), "to");
		assertField(api().get("/api/v1/analytics/funnel?model=linear", token), "model");
		assertField(api().get("/api/v1/analytics/funnel?platform=myspace", token), "platform");
		assertField(api().get("/api/v1/analytics/stage-velocity?pipelineId=42", token), "pipelineId");
		assertThat(api().get("/api/v1/analytics/campaigns", null).status()).isEqualTo(401);
	}

	private static JsonNode ok(ApiClient.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private static JsonNode campaign(JsonNode report, UUID id) {
		for (JsonNode row : report.path("campaigns")) {
			if (row.path("campaignId").asString().equals(id.toString())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + id + " in " + report);
	}

	private static void assertField(ApiClient.Response response, String field) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.body().path("errors").findValuesAsString("field")).contains(field);
	}
}
