package com.growthhub.integrations.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** Settings › Webhooks as pages: owners and admins only, a secret never in a page after the one that created it. */
class WebhookPagesTests extends IdentityTestSupport {

	@Test
	void membersMayNotOpenWebhookSettingsAndDoNotSeeTheNavigationEntry() throws Exception {
		String ownerEmail = uniqueEmail("webhook-pages-owner");
		registerVerified(ownerEmail);
		String memberEmail = uniqueEmail("webhook-pages-member");
		invitedMember(accessToken(ownerEmail), memberEmail, "member");

		BrowserSession member = signedIn(memberEmail);
		assertThat(member.get("/settings/webhooks").statusCode()).isEqualTo(403);
		assertThat(member.get("/settings/profile").body()).doesNotContain("/settings/webhooks");

		BrowserSession owner = signedIn(ownerEmail);
		String list = owner.get("/settings/webhooks").body();
		assertThat(list).contains("No webhooks yet", "/settings/webhooks/new");
		String form = owner.get("/settings/webhooks/new").body();
		assertThat(form).contains("contact.created", "deal.stage_changed", "import.completed");
		var refused = owner.post("/settings/webhooks", Map.of("url", "ftp://example.com/hook", "allEvents", "true",
				"_csrf", BrowserSession.csrf(form)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("This address must start with").doesNotContain("whsec_");
		var noEvents = owner.post("/settings/webhooks", Map.of("url", "https://example.com/hook",
				"_csrf", BrowserSession.csrf(form)));
		assertThat(noEvents.body()).contains("Choose at least one event, or all events.");

		var created = owner.post("/settings/webhooks", Map.of("url", "http://127.0.0.1:9/hook", "events", "deal_won",
				"_csrf", BrowserSession.csrf(form)));
		assertThat(created.body()).contains("whsec_", "Copy it now");
		java.util.regex.Matcher action = java.util.regex.Pattern.compile("/settings/webhooks/([0-9a-f-]{36})/test")
			.matcher(created.body());
		assertThat(action.find()).isTrue();
		String page = owner.get("/settings/webhooks/" + action.group(1)).body();
		assertThat(page).contains("<html", "Delivery log", "deal.won", "set, ends in").doesNotContain("whsec_");
		String fragment = owner.get("/settings/webhooks/" + action.group(1) + "/log").body();
		assertThat(fragment).doesNotContain("<html").contains("id=\"delivery-log\"", "Nothing delivered yet");
	}
}
