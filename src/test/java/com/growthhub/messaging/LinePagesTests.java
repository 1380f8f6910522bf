package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** Settings › Lines through the forms an admin posts, the rows fragment the list polls, and who may open the pages. */
class LinePagesTests extends IdentityTestSupport {

	@Test
	void anAdminAddsALineByFormAndMembersMayNotManageLines() throws Exception {
		String admin = uniqueEmail("line-pages");
		registerVerified(admin);
		String token = accessToken(admin);
		String adminId = api().get("/api/v1/me", token).text("id");
		BrowserSession browser = signedIn(admin);

		String empty = browser.get("/settings/lines").body();
		assertThat(empty).contains("No lines yet", "0 of 1 free lines used, 0 of 2 paid lines, 0 lines in all.");

		String form = browser.get("/settings/lines/new").body();
		assertThat(browser.post("/settings/lines", Map.of("displayName", "Front desk", "assignedUserId", adminId,
				"phoneNumber", "555-0100", "_csrf", BrowserSession.csrf(form))).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/settings/lines/new"));
		assertThat(browser.get("/settings/lines/new").body()).contains("E.164 form, like +15551234567");

		String number = LineFixtures.number();
		assertThat(browser.post("/settings/lines", Map.of("displayName", "Front desk", "assignedUserId", adminId,
				"phoneNumber", number, "dailyMessagesLimit", "40", "_csrf", BrowserSession.csrf(form))).statusCode())
			.isEqualTo(302);
		String list = browser.get("/settings/lines").body();
		assertThat(list).contains("The line was added.", "Front desk", number, "Provisioning", "0 / 40 messages",
				"1 of 1 free lines used");
		assertThat(browser.get("/settings/lines/rows").body()).contains("id=\"line-rows\"", "hx-trigger=\"every 5s\"")
			.doesNotContain("<html");

		String member = uniqueEmail("line-pages-member");
		accounts().invite(token, member, "member");
		BrowserSession memberBrowser = signedIn(member);
		assertThat(memberBrowser.get("/settings/lines").statusCode()).isEqualTo(403);
		assertThat(memberBrowser.get("/conversations").body()).contains("Start a conversation", "Front desk");
	}
}
