package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** The contact form names every bad field at once, the ones its own checks find and the service's, and keeps the input. */
class ContactFormPagesTests extends IdentityTestSupport {

	@Test
	void namesEveryBadFieldAtOnce() throws Exception {
		String owner = uniqueEmail("cform");
		registerVerified(owner);
		String token = accessToken(owner);
		api().post("/api/v1/custom-fields", Map.of("key", "budget", "label", "Budget", "type", "number"), token);

		BrowserSession pages = signedIn(owner);
		String form = pages.get("/contacts/new").body();
		var refused = pages.post("/contacts", Map.of("firstName", " ", "email", "not-an-email", "phone", "call me maybe",
				"company", "Typed Co", "cf.budget", "lots", "_csrf", BrowserSession.csrf(form)));
		assertThat(refused.statusCode()).isEqualTo(200);
		String page = refused.body();
		assertThat(page).contains("value=\"Typed Co\"", "value=\"call me maybe\"", "value=\"lots\"");
		assertThat(page.split("class=\"invalid-feedback\"", -1)).as("first name, last name (required), email, phone and budget")
			.hasSize(6);
		assertThat(page).contains("class=\"form-label required\"");
		assertThat(api().get("/api/v1/contacts", token).body().path("items")).isEmpty();
	}

	@Test
	void offersTheOrganizationsCampaignsAndTurnsANewNameIntoOne() throws Exception {
		String owner = uniqueEmail("cform-campaign");
		registerVerified(owner);
		String token = accessToken(owner);
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo"), token).text("id");

		BrowserSession pages = signedIn(owner);
		String form = pages.get("/contacts/new").body();
		assertThat(form).contains("list=\"campaign-choices\"", "<option value=\"Spring Promo\">");
		var saved = pages.post("/contacts", Map.of("firstName", "Lena", "lastName", "Lind", "email", "lena@example.com",
				"phone", ContactMother.phone(), "campaign", "Walk-in Week", "type", "CONTACT", "_csrf",
				BrowserSession.csrf(form)));
		assertThat(saved.statusCode()).as(saved.body()).isIn(200, 302, 303);
		var contact = api().get("/api/v1/contacts", token).body().path("items").get(0);
		assertThat(contact.path("campaign").asString()).isEqualTo("Walk-in Week");
		String walkIn = contact.path("campaignId").asString();
		assertThat(walkIn).isNotBlank().isNotEqualTo(spring);
		assertThat(pages.get("/contacts/new").body()).contains("<option value=\"Walk-in Week\">");

		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Mo", "campaignId", spring)), token);
		String filtered = pages.get("/contacts?campaign=" + walkIn).body();
		assertThat(filtered).contains("Lena Lind").doesNotContain("Mo Tester")
			.contains("<option value=\"" + walkIn + "\" selected=\"selected\">Walk-in Week</option>");
		assertThat(pages.get("/contacts?campaign=" + spring).body()).contains("Mo Tester").doesNotContain("Lena Lind");
	}

	@Test
	void theContactPageLinksToItsCampaignAndABlankCampaignClearsIt() throws Exception {
		String owner = uniqueEmail("cform-campaign-clear");
		registerVerified(owner);
		String token = accessToken(owner);
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo"), token).text("id");
		var created = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Lena", "campaignId", spring)),
				token).body();
		String id = created.path("id").asString();
		String plain = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Pia")), token)
			.text("id");

		BrowserSession pages = signedIn(owner);
		String page = pages.get("/contacts/" + id).body();
		assertThat(page).as("the contact page links to its campaign").contains("data-testid=\"campaign-link\"",
				"href=\"/analytics/campaigns/" + spring + "\">Spring Promo</a>");
		assertThat(pages.get("/contacts/" + plain).body()).doesNotContain("campaign-link");

		String form = pages.get("/contacts/" + id + "/edit").body();
		var saved = pages.post("/contacts/" + id + "/edit", Map.of("firstName", "Lena", "lastName", "Tester", "email",
				created.path("email").asString(), "phone", created.path("phone").asString(), "campaign", "", "_csrf",
				BrowserSession.csrf(form)));
		assertThat(saved.statusCode()).as(saved.body()).isIn(302, 303);
		var contact = api().get("/api/v1/contacts/" + id, token).body();
		assertThat(contact.path("campaignId").isMissingNode() || contact.path("campaignId").isNull()).isTrue();
		assertThat(contact.path("campaign").isMissingNode() || contact.path("campaign").isNull()).isTrue();
		assertThat(contact.path("firstName").asString()).isEqualTo("Lena");
		assertThat(pages.get("/contacts/" + id).body()).doesNotContain("campaign-link");
	}
}
