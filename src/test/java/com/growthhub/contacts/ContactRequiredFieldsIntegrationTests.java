package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/** The organization's required standard fields: seed 002's four by default, the same rule for the form and the API. */
class ContactRequiredFieldsIntegrationTests extends IdentityTestSupport {

	private String owner;

	private String token;

	@BeforeEach
	void account() {
		owner = uniqueEmail("required");
		registerVerified(owner);
		token = accessToken(owner);
	}

	private ApiClient.Response settings(Object requiredFields) {
		return api().exchange("PATCH", "/api/v1/organization", Map.of("requiredFields", requiredFields), token, Map.of());
	}

	private static List<String> errorFields(ApiClient.Response answer) {
		return answer.body().path("errors").findValuesAsString("field");
	}

	@Test
	void seedTwosFourAreRequiredUntilTheOrganizationSaysOtherwise() {
		JsonNode organization = api().get("/api/v1/organization", token).body();
		assertThat(organization.path("requiredFields").valueStream().map(JsonNode::asString))
			.containsExactly("firstName", "lastName", "email", "phone");

		ApiClient.Response refused = api().post("/api/v1/contacts", Map.of("company", "Analytical Engines"), token);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(errorFields(refused)).as("every missing field in one answer: %s", refused.body())
			.containsExactly("firstName", "lastName", "email", "phone");
		assertThat(refused.body().path("errors").get(1).path("message").asString()).isEqualTo("is required");

		ApiClient.Response changed = settings(List.of("company", "firstName"));
		assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
		assertThat(changed.body().path("requiredFields").valueStream().map(JsonNode::asString))
			.as("answered in the template's order").containsExactly("firstName", "company");
		assertThat(errorFields(api().post("/api/v1/contacts", Map.of("firstName", "Ada"), token))).containsExactly("company");
		assertThat(api().post("/api/v1/contacts", Map.of("firstName", "Ada", "company", "Engines"), token).status())
			.isEqualTo(201);
	}

	@Test
	void refusesRequiredFieldsThatAreNotStandardFieldsOrLeaveOutTheFirstName() {
		ApiClient.Response unknown = settings(List.of("firstName", "shoeSize"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(errorFields(unknown)).containsExactly("requiredFields[1]");
		assertThat(errorFields(settings(List.of("email")))).containsExactly("requiredFields");
		assertThat(settings("email").status()).isEqualTo(400);
		assertThat(api().get("/api/v1/organization", token).body().path("requiredFields").size()).as("unchanged")
			.isEqualTo(4);
	}

	@Test
	void anEditMayNotEmptyARequiredField() {
		String id = api().post("/api/v1/contacts", ContactMother.person("Ada"), token).text("id");
		Map<String, Object> clear = new HashMap<>();
		clear.put("phone", null);
		clear.put("email", "");
		ApiClient.Response refused = api().exchange("PATCH", "/api/v1/contacts/" + id, clear, token, Map.of());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(errorFields(refused)).containsExactlyInAnyOrder("email", "phone");
		assertThat(api().exchange("PATCH", "/api/v1/contacts/" + id, Map.of("company", "Engines"), token, Map.of()).status())
			.isEqualTo(200);
	}

	@Test
	void privacyModeNeverAsksForALastName() {
		settings(List.of("firstName", "lastName", "email"));
		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of());
		assertThat(api().post("/api/v1/contacts", Map.of("firstName", "Pat", "email", "pat@example.com"), token).status())
			.isEqualTo(201);
	}

	@Test
	void theSettingsPageTicksTheRequiredFieldsAndSavesThem() throws Exception {
		BrowserSession pages = signedIn(owner);
		String page = pages.get("/settings/contact-fields").body();
		assertThat(page).contains("data-testid=\"required-fields\"", "value=\"jobTitle\"");
		var saved = pages.post("/settings/contact-fields/rules", Map.of("memberVisibility", "all", "defaultRegion", "US",
				"requiredFields", "jobTitle", "_csrf", BrowserSession.csrf(page)));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/organization", token).body().path("requiredFields").valueStream()
			.map(JsonNode::asString)).as("the first name is always required").containsExactly("firstName", "jobTitle");
		assertThat(pages.get("/contacts/new").body()).contains("for=\"jobTitle\" class=\"form-label required\"");
	}
}
