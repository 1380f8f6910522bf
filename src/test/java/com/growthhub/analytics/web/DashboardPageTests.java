package com.growthhub.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.analytics.ReportFixtures;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

/** The dashboard page: empty state, figures with their comparison, the four charts with tables and CSV links, roles. */
class DashboardPageTests extends IdentityTestSupport {

	@Test
	void dashboardShowsFiguresChartsTablesAndCsvLinks() throws Exception {
		String ownerEmail = uniqueEmail("dashboard");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		ReportFixtures fixtures = new ReportFixtures(jdbc, transactions,
				OrganizationId.of(UUID.fromString(api().get("/api/v1/me", owner).text("organizationId"))));
		BrowserSession session = signedIn(ownerEmail);
		assertThat(session.get("/analytics").body()).contains("No campaign data yet", "No campaigns yet.");

		UUID glow = fixtures.campaign("Spring glow", "facebook", "USD");
		LocalDate april = LocalDate.of(2026, 4, 1);
		fixtures.spend(glow, april, 300_000);
		fixtures.counted(april.plusDays(3), glow, "ad_click", 40);
		fixtures.counted(april.plusDays(4), glow, "consult_booked", 10);
		fixtures.counted(april.plusDays(5), glow, "consult_show", 8);
		fixtures.paid(april.plusDays(6), glow, 2, 900_000, "USD");
		// March 2 – 31 is the period before April: 20 leads, so April's 40 are +100.0 %.
		fixtures.counted(LocalDate.of(2026, 3, 15), glow, "ad_click", 20);

		String page = session.get("/analytics?from=2026-04-01&to=2026-04-30&model=last_touch").body();
		assertThat(page).doesNotContain("No campaign data yet")
			.contains("Spring glow", "Facebook", "$3,000.00", "$375.00", "$9,000.00", "3.00×", "80.0%")
			.contains("data-chart", "/js/charts.js", "Spend vs revenue", "Cost per show by campaign", "Stage velocity")
			.contains("/api/v1/analytics/campaigns.csv?from=2026-04-01&amp;to=2026-04-30&amp;model=last_touch",
					"/api/v1/analytics/funnel.csv?", "/api/v1/analytics/stage-velocity.csv?pipelineId=")
			.contains("option value=\"last_touch\" selected")
			.as("the days are the organization's, in its zone (UTC until it chooses one)").contains("; days in UTC.")
			.contains("Leads vs before", "Revenue vs before", "<th class=\"text-end\">Won</th>")
			.contains("data-cell=\"leads-change\">+100.0 %</td>", "data-cell=\"won\">0</td>");
		assertThat(page).doesNotContain("<script>").doesNotContain("style=\"");
		assertThat(session.get("/analytics?from=someday").statusCode()).isEqualTo(400);

		String clientEmail = uniqueEmail("dashboard-client");
		invitedMember(owner, clientEmail, "client");
		assertThat(signedIn(clientEmail).get("/analytics").statusCode()).isEqualTo(403);
	}
}
