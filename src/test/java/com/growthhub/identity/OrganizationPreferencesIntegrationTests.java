package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** An organization's default currency and time zone, and a person's own zone, through the API. */
class OrganizationPreferencesIntegrationTests extends IdentityTestSupport {

	@Test
	void anOrganizationStartsInUsdAndUtcAndAnAdminChangesBoth() {
		String owner = uniqueEmail("prefs");
		registerVerified(owner);
		String token = accessToken(owner);
		ApiClient.Response current = api().get("/api/v1/organization", token);
		assertThat(current.text("defaultCurrency")).isEqualTo("USD");
		assertThat(current.text("timeZone")).isEqualTo("UTC");

		assertRefused(patch(token, Map.of("defaultCurrency", "EURO")), "defaultCurrency");
		assertRefused(patch(token, Map.of("defaultCurrency", "XYZ")), "defaultCurrency");
		assertRefused(patch(token, Map.of("timeZone", "Mars/Base")), "timeZone");
		assertRefused(patch(token, Map.of("timeZone", "+02:00")), "timeZone");
		assertRefused(patch(token, Map.of("timeZone", "Mars/Base", "privacyMode", true)), "timeZone");
		assertThat(api().get("/api/v1/organization", token).body().path("privacyMode").asBoolean())
			.as("a refused zone changes no other setting").isFalse();

		ApiClient.Response changed = patch(token, Map.of("defaultCurrency", "eur", "timeZone", "Europe/Berlin"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.text("defaultCurrency")).isEqualTo("EUR");
		assertThat(changed.text("timeZone")).isEqualTo("Europe/Berlin");
		ApiClient.Response read = api().get("/api/v1/organization", token);
		assertThat(read.text("defaultCurrency")).isEqualTo("EUR");
		assertThat(read.text("timeZone")).isEqualTo("Europe/Berlin");

		String member = invitedMember(token, "member");
		assertThat(patch(member, Map.of("defaultCurrency", "GBP")).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/organization", member).text("defaultCurrency")).isEqualTo("EUR");
	}

	@Test
	void aPersonChoosesTheZoneTheyReadTimesInOrFollowsTheOrganization() {
		String email = uniqueEmail("myzone");
		registerVerified(email);
		String token = accessToken(email);
		assertThat(api().get("/api/v1/me", token).body().has("timeZone")).as("follows the organization").isFalse();

		ApiClient.Response mine = patchMe(token, "{\"timeZone\": \"Asia/Tokyo\"}");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.text("timeZone")).isEqualTo("Asia/Tokyo");
		assertThat(mine.text("firstName")).as("absent names stay").isEqualTo("Ada");

		assertRefused(patchMe(token, "{\"timeZone\": \"Mars/Base\"}"), "timeZone");
		assertRefused(patchMe(token, "{\"timeZone\": 5}"), "timeZone");
		ApiClient.Response renamed = patchMe(token, "{\"firstName\": \"Augusta\"}");
		assertThat(renamed.text("firstName")).isEqualTo("Augusta");
		assertThat(renamed.text("lastName")).isEqualTo("Lovelace");
		assertThat(renamed.text("timeZone")).as("an absent zone stays").isEqualTo("Asia/Tokyo");

		ApiClient.Response following = patchMe(token, "{\"timeZone\": null}");
		assertThat(following.status()).isEqualTo(200);
		assertThat(following.body().has("timeZone")).as("null follows the organization again").isFalse();
	}

	private ApiClient.Response patch(String token, Map<String, Object> body) {
		return api().exchange("PATCH", "/api/v1/organization", body, token, Map.of());
	}

	private ApiClient.Response patchMe(String token, String json) {
		return api().exchange("PATCH", "/api/v1/me", json, token, Map.of());
	}

	private static void assertRefused(ApiClient.Response answer, String field) {
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(answer.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
	}
}
