package com.growthhub.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/** An agency's own onboarding steps per client type, set on its settings page and given to the clients it creates. */
class OnboardingPlansIntegrationTests extends IdentityTestSupport {

	@Test
	void anAgencyAdminSetsTheStepsOfAClientTypeAndNewClientsGetThem() throws Exception {
		String owner = uniqueEmail("plans-owner");
		registerVerified(owner);
		String agency = accessToken(owner);
		BrowserSession admin = signedIn(owner);
		String page = admin.get("/settings/onboarding").body();
		assertThat(page).contains("data-testid=\"plan-new\"", "name=\"show.brand\"", "name=\"require.website\"");
		String csrf = BrowserSession.csrf(page);

		HttpResponse<String> saved = admin.post("/settings/onboarding", Map.of("clientType", "restaurant", "show.brand", "on",
				"show.website", "on", "require.website", "on", "_csrf", csrf));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(admin.get("/settings/onboarding").body()).contains("data-testid=\"plan-restaurant\"", "Onboarding steps saved.");

		JsonNode onboarding = createClient(agency, "restaurant").path("onboarding");
		assertThat(onboarding.path("steps").valueStream().map(step -> step.path("key").asString() + ":"
				+ step.path("required").asBoolean()).toList())
			.as("profile first and required, then the chosen steps in wizard order")
			.containsExactly("profile:true", "brand:false", "website:true");
		assertThat(createClient(agency, "medical").path("onboarding").path("steps")).as("other types keep the default")
			.hasSizeGreaterThan(3);

		HttpResponse<String> refused = admin.post("/settings/onboarding", Map.of("clientType", "restaurant", "show.brand", "on",
				"require.meta", "on", "_csrf", csrf));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(admin.get("/settings/onboarding").body()).contains("may only name steps the wizard shows");
		assertThat(admin.post("/settings/onboarding", Map.of("clientType", "Bad Type!", "_csrf", csrf)).statusCode())
			.isEqualTo(302);
		assertThat(admin.get("/settings/onboarding").body()).contains("lower-case letters");

		String member = uniqueEmail("plans-member");
		invitedMember(agency, member, "member");
		assertThat(signedIn(member).get("/settings/onboarding").statusCode()).as("admins only").isEqualTo(403);

		assertThat(admin.post("/settings/onboarding/restaurant/reset", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
		assertThat(admin.get("/settings/onboarding").body()).doesNotContain("data-testid=\"plan-restaurant\"");
		assertThat(createClient(agency, "restaurant").path("onboarding").path("steps")).hasSizeGreaterThan(3);
	}

	private JsonNode createClient(String agency, String clientType) {
		ApiClient.Response created = api().post("/api/v1/onboarding/clients", Map.of("name", "Client " + uniqueEmail("c"),
				"clientType", clientType, "contactName", "Dana", "contactEmail", uniqueEmail("plans-contact"), "services",
				List.of("seo")), agency);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body();
	}
}
