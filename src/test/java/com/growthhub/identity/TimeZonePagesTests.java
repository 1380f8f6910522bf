package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;

/**
 * Times on pages are shown in the viewer's zone: the organization's (Settings › General), else UTC, unless the person
 * chose their own (Settings › Profile). The members page's last sign-in is the time looked at.
 */
class TimeZonePagesTests extends IdentityTestSupport {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Test
	void aTimeIsShownInTheOrganizationsZoneThenInTheViewersOwn() throws Exception {
		String owner = uniqueEmail("zones");
		registerVerified(owner);
		BrowserSession pages = signedIn(owner);
		Instant lastSignIn = jdbc.sql("select last_login_at from users where email = ?").param(owner)
			.query(Timestamp.class).single().toInstant();

		assertThat(pages.get("/settings/members").body()).contains(shown(lastSignIn, "UTC"), "Times in UTC")
			.doesNotContain("(UTC)");

		String general = pages.get("/settings/organization").body();
		assertThat(general).contains("<option value=\"USD\" selected=\"selected\">", "<optgroup label=\"Europe\">");
		var refused = pages.post("/settings/organization", Map.of("name", "Zoned", "defaultCurrency", "EURO",
				"timeZone", "Mars/Base", "_csrf", BrowserSession.csrf(general)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("must be an ISO 4217 currency code", "must be a time zone", "is-invalid");
		assertThat(pages.post("/settings/organization", Map.of("name", "Zoned", "defaultCurrency", "EUR",
				"timeZone", "Asia/Kolkata", "_csrf", BrowserSession.csrf(general))).statusCode()).isEqualTo(302);
		assertThat(pages.get("/settings/organization").body()).contains("value=\"Zoned\"",
				"<option value=\"EUR\" selected=\"selected\">", "<option value=\"Asia/Kolkata\" selected=\"selected\">");
		assertThat(pages.get("/settings/members").body()).contains(shown(lastSignIn, "Asia/Kolkata"),
				"Times in Asia/Kolkata").doesNotContain(shown(lastSignIn, "UTC"));

		String profile = pages.get("/settings/profile").body();
		assertThat(profile).contains("(Asia/Kolkata)</option>");
		var badZone = pages.post("/settings/profile", Map.of("firstName", "Ada", "lastName", "Lovelace",
				"timeZone", "Mars/Base", "_csrf", BrowserSession.csrf(profile)));
		assertThat(badZone.statusCode()).isEqualTo(200);
		assertThat(badZone.body()).contains("must be a time zone", "is-invalid");
		assertThat(pages.post("/settings/profile", Map.of("firstName", "Ada", "lastName", "Lovelace",
				"timeZone", "Pacific/Auckland", "_csrf", BrowserSession.csrf(profile))).statusCode()).isEqualTo(302);
		assertThat(pages.get("/settings/members").body()).contains(shown(lastSignIn, "Pacific/Auckland"),
				"Times in Pacific/Auckland");
		assertThat(api().get("/api/v1/me", accessToken(owner)).text("timeZone")).isEqualTo("Pacific/Auckland");

		assertThat(pages.post("/settings/profile", Map.of("firstName", "Ada", "lastName", "Lovelace",
				"timeZone", "", "_csrf", BrowserSession.csrf(profile))).statusCode()).isEqualTo(302);
		assertThat(pages.get("/settings/members").body()).contains("Times in Asia/Kolkata");
	}

	private static String shown(Instant instant, String zone) {
		return SHOWN.format(instant.atZone(ZoneId.of(zone)));
	}
}
