package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/**
 * The campaigns page works without JavaScript: the empty state, creating a campaign, a refused name shown on the form,
 * editing it, spend typed month by month, the filters, deleting it; a member reads but has no form to change.
 */
class CampaignPagesTests extends IdentityTestSupport {

	@Test
	void aManagerKeepsCampaignsAndTheirSpendAndAMemberReadsThem() throws Exception {
		String ownerEmail = uniqueEmail("campaign-pages");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		BrowserSession session = signedIn(ownerEmail);

		String empty = session.get("/analytics/campaigns").body();
		assertThat(empty).contains("No campaigns yet", "data-testid=\"nav-analytics\"", "/analytics/campaigns/new");
		String form = session.get("/analytics/campaigns/new").body();
		String csrf = BrowserSession.csrf(form);

		HttpResponse<String> created = session.post("/analytics/campaigns", Map.of("name", "Spring Promo", "platform",
				"facebook", "status", "active", "currency", "usd", "utmCampaign", "spring", "startsOn", "2026-03-01",
				"_csrf", csrf));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String path = location.substring(location.indexOf("/analytics/campaigns/"));
		String page = session.get(path).body();
		assertThat(page).contains("Campaign saved.", "Spring Promo", "value=\"spring\"", "Spend by month",
				"data-testid=\"spend-grid\"");

		assertThat(session.post("/analytics/campaigns", Map.of("name", "spring promo", "_csrf", csrf)).body())
			.as("the name is taken").contains("data-testid=\"campaign-error\"", "already named");
		assertThat(session.post(path, Map.of("name", "Spring Promo", "startsOn", "2026-03-01", "endsOn", "2026-02-01",
				"_csrf", csrf)).body()).contains("endsOn", "must not be before startsOn");

		String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
		assertThat(session.post(path + "/spend", Map.of("month", month, "amount", "1,250.50", "_csrf", csrf))
			.statusCode()).isEqualTo(302);
		String spent = session.get(path).body();
		assertThat(spent).contains("Spend saved.", "value=\"1250.50\"", "Total 1250.50 USD");
		assertThat(api().get("/api/v1/campaigns/" + path.substring(path.lastIndexOf('/') + 1), owner).body()
			.path("spend").get(0).path("amountCents").asLong()).isEqualTo(125_050);

		session.post(path, Map.of("name", "Spring Promo", "platform", "facebook", "status", "paused", "_csrf", csrf));
		assertThat(session.get("/analytics/campaigns?status=paused").body()).contains("Spring Promo", "Paused");
		assertThat(session.get("/analytics/campaigns?platform=google").body()).contains("No campaigns match these filters");

		String memberEmail = uniqueEmail("campaign-pages-member");
		invitedMember(owner, memberEmail, "member");
		BrowserSession member = signedIn(memberEmail);
		assertThat(member.get("/analytics/campaigns").body()).contains("Spring Promo").doesNotContain("campaign-new");
		assertThat(member.get(path).body()).contains("<fieldset class=\"row g-3\" disabled=\"disabled\">").doesNotContain("campaign-delete");
		assertThat(member.get("/analytics/campaigns/new").statusCode()).isEqualTo(403);

		assertThat(session.post(path + "/delete", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
		assertThat(session.get("/analytics/campaigns").body()).contains("Campaign deleted", "No campaigns yet");
		assertThat(session.get(path).statusCode()).isEqualTo(404);
	}
}
