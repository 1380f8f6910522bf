package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Report days are the organization's days: a click at 21:00 in Los Angeles on 28 February (05:00 UTC on 1 March)
 * counts on the 28th there, and on 1 March once the organization moves to Tokyo (14:00 there), the rollups cut anew.
 */
class OrganizationZoneIntegrationTests extends IdentityTestSupport {

	static final String EVENING_IN_LOS_ANGELES = "2026-03-01T05:00:00Z";

	String token;
	String campaign;

	@BeforeEach
	void organizationInLosAngelesWithOneEveningClick() {
		String owner = uniqueEmail("zones");
		registerVerified(owner);
		token = accessToken(owner);
		campaign = created(api().post("/api/v1/campaigns", Map.of("name", "Evening ads", "platform", "facebook"), token))
			.path("id").asString();
		moveTo("America/Los_Angeles");
		ApiClient.Response click = api().exchange("POST", "/api/v1/kpi-events", Map.of("kind", "ad_click", "campaignId",
				campaign, "occurredAt", EVENING_IN_LOS_ANGELES), token, Map.of("Idempotency-Key", "evening-click"));
		assertThat(click.status()).as(click.body().toString()).isEqualTo(201);
	}

	@Test
	void aClickCountsOnTheOrganizationsDayAndMovesWhenItsZoneChanges() {
		assertThat(leadsOn("2026-02-28")).isEqualTo(1);
		assertThat(leadsOn("2026-03-01")).isZero();
		assertThat(monthlyLeads("2026-02")).as("whole months come from the monthly rollup").isEqualTo(1);
		assertThat(monthlyLeads("2026-03")).isZero();
		assertThat(eventsOn("2026-02-28")).as("the event list reads dates as the organization's days").isEqualTo(1);
		assertThat(eventsOn("2026-03-01")).isZero();

		moveTo("Asia/Tokyo");

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(leadsOn("2026-03-01")).isEqualTo(1);
			assertThat(leadsOn("2026-02-28")).isZero();
		});
		assertThat(monthlyLeads("2026-03")).isEqualTo(1);
		assertThat(monthlyLeads("2026-02")).isZero();
		assertThat(eventsOn("2026-03-01")).isEqualTo(1);
	}

	@Test
	void aClickRecordedAfterTheMoveCountsInTheNewZone() {
		moveTo("Asia/Tokyo");
		ApiClient.Response click = api().exchange("POST", "/api/v1/kpi-events", Map.of("kind", "ad_click", "campaignId",
				campaign, "occurredAt", "2026-02-28T16:00:00Z"), token, Map.of("Idempotency-Key", "tokyo-click"));
		assertThat(click.status()).isEqualTo(201);
		// 16:00 UTC on the 28th is 01:00 on 1 March in Tokyo: both clicks are on the 1st once the rollups are cut anew.
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(leadsOn("2026-03-01")).isEqualTo(2));
		assertThat(leadsOn("2026-02-28")).isZero();
	}

	private void moveTo(String zone) {
		ApiClient.Response moved = api().exchange("PATCH", "/api/v1/organization", Map.of("timeZone", zone), token,
				Map.of());
		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		assertThat(moved.text("timeZone")).isEqualTo(zone);
	}

	private long leadsOn(String day) {
		return leads(created(api().get("/api/v1/analytics/campaigns?from=" + day + "&to=" + day, token)));
	}

	private long monthlyLeads(String month) {
		java.time.YearMonth yearMonth = java.time.YearMonth.parse(month);
		return leads(created(api().get("/api/v1/analytics/campaigns?from=" + yearMonth.atDay(1) + "&to="
				+ yearMonth.atEndOfMonth(), token)));
	}

	private long leads(JsonNode report) {
		for (JsonNode row : report.path("campaigns")) {
			if (row.path("campaignId").asString().equals(campaign)) {
				return row.path("metrics").path("leads").asLong();
			}
		}
		return 0;
	}

	private long eventsOn(String day) {
		return created(api().get("/api/v1/kpi-events?from=" + day + "&to=" + day, token)).path("items").size();
	}

	/** The body of a 2xx answer. */
	private static JsonNode created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body().toString()).isBetween(200, 201);
		return response.body();
	}
}
