package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** "Log interaction" reads the time typed on the clock of the zone its author reads times in. */
class InteractionTimePagesTests extends IdentityTestSupport {

	@Test
	void readsTheTypedTimeInTheAuthorsZoneAndRefusesOneStillToCome() throws Exception {
		String owner = uniqueEmail("interaction-zone");
		registerVerified(owner);
		String token = accessToken(owner);
		assertThat(api().exchange("PATCH", "/api/v1/me", Map.of("timeZone", "Pacific/Auckland"), token, Map.of())
			.status()).isEqualTo(200);
		String id = api().post("/api/v1/contacts", ContactMother.person("Zoe"), token).text("id");

		BrowserSession browser = signedIn(owner);
		String page = browser.get("/contacts/" + id).body();
		assertThat(page).contains("When (optional, Pacific/Auckland time)");
		assertThat(browser.post("/contacts/" + id + "/interactions", Map.of("type", "call", "text", "Called",
				"occurredAt", "2026-01-15T09:30", "_csrf", BrowserSession.csrf(page))).statusCode()).isEqualTo(302);
		assertThat(api().get("/api/v1/contacts/" + id + "/interactions", token).body().path("items").get(0)
			.path("occurredAt").asString()).as("09:30 in Auckland (UTC+13 in January)").isEqualTo("2026-01-14T20:30:00Z");

		var future = browser.post("/contacts/" + id + "/interactions", Map.of("type", "call", "text", "Later",
				"occurredAt", "2099-01-01T00:00", "_csrf", BrowserSession.csrf(page)));
		assertThat(future.statusCode()).isEqualTo(200);
		assertThat(future.body()).contains("must be a date in the past or in the present", "is-invalid");
	}
}
