package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/**
 * Saving one field of a contact in place, as htmx posts it: the full form's rules and words, custom fields typed by
 * their definition, and nothing for a field privacy mode hides or a contact of another organization.
 */
class ContactInlineEditPagesTests extends IdentityTestSupport {

	@Test
	void savesOneFieldWithTheFullFormsRules() throws Exception {
		String owner = uniqueEmail("inline");
		registerVerified(owner);
		String token = accessToken(owner);
		assertThat(api().post("/api/v1/custom-fields", Map.of("key", "budget", "label", "Budget", "type", "number"), token)
			.status()).isEqualTo(201);
		String id = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ines", "company", "Before")), token).text("id");
		BrowserSession browser = signedIn(owner);
		String csrf = BrowserSession.csrf(browser.get("/contacts/" + id).body());

		HttpResponse<String> saved = browser.post("/contacts/" + id + "/fields/company",
				Map.of("value", "  After GmbH ", "_csrf", csrf));
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("id=\"field-company\"", "After GmbH", "hx-swap-oob=\"true\"")
			.doesNotContain("field-company-input");
		assertThat(api().get("/api/v1/contacts/" + id, token).text("company")).isEqualTo("After GmbH");

		HttpResponse<String> refused = browser.post("/contacts/" + id + "/fields/cf.budget",
				Map.of("value", "lots", "_csrf", csrf));
		assertThat(refused.body()).contains("must be a number", "value=\"lots\"", "is-invalid");
		assertThat(browser.post("/contacts/" + id + "/fields/cf.budget", Map.of("value", "1250.5", "_csrf", csrf)).body())
			.contains("1250.5");
		assertThat(api().get("/api/v1/contacts/" + id, token).body().path("customFields").path("budget").asDouble())
			.isEqualTo(1250.5);

		HttpResponse<String> blankName = browser.post("/contacts/" + id + "/fields/firstName",
				Map.of("value", " ", "_csrf", csrf));
		assertThat(blankName.body()).contains("must not be blank");
		assertThat(api().get("/api/v1/contacts/" + id, token).text("firstName")).isEqualTo("Ines");

		assertThat(browser.post("/contacts/" + id + "/fields/source", Map.of("value", "csv", "_csrf", csrf)).statusCode())
			.isEqualTo(404);
		// Opened outside htmx (a new tab), the small form's address shows the full form.
		assertThat(browser.get("/contacts/" + id + "/fields/email/edit").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/contacts/" + id + "/edit"));
	}

	@Test
	void anotherOrganizationsContactCannotBeEditedInPlace() throws Exception {
		String owner = uniqueEmail("inline-owner");
		registerVerified(owner);
		String id = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Private", "company", "Kept")), accessToken(owner))
			.text("id");
		String stranger = uniqueEmail("inline-stranger");
		registerVerified(stranger);
		String strangerToken = accessToken(stranger);
		String own = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Theirs")), strangerToken).text("id");
		BrowserSession theirs = signedIn(stranger);
		String csrf = BrowserSession.csrf(theirs.get("/contacts/" + own).body());

		HttpResponse<String> attempt = theirs.post("/contacts/" + id + "/fields/company",
				Map.of("value", "Taken", "_csrf", csrf));
		assertThat(attempt.statusCode()).isEqualTo(404);
		assertThat(attempt.body()).doesNotContain("Private", "Kept");
		assertThat(api().get("/api/v1/contacts/" + id, accessToken(owner)).text("company")).isEqualTo("Kept");
	}

	@Test
	void privacyModeHidesLastNameFromInlineEditing() throws Exception {
		String owner = uniqueEmail("inline-privacy");
		registerVerified(owner);
		String token = accessToken(owner);
		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of()).status())
			.isEqualTo(200);
		String id = api().post("/api/v1/contacts", ContactMother.completeWithoutLastName(Map.of("firstName", "Quiet")), token).text("id");
		BrowserSession browser = signedIn(owner);
		String page = browser.get("/contacts/" + id).body();
		assertThat(page).contains("id=\"field-firstName\"").doesNotContain("id=\"field-lastName\"", "id=\"field-notes\"");
		assertThat(browser.post("/contacts/" + id + "/fields/lastName",
				Map.of("value", "Loud", "_csrf", BrowserSession.csrf(page))).statusCode()).isEqualTo(404);
	}
}
