package com.growthhub.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

/** The call pages render for members, the rows fragment stands alone for htmx, and the buttons work without JavaScript. */
class CallPagesTests extends IdentityTestSupport {

	@Autowired
	CallLog callLog;

	@Test
	void theInboxRowsAndCallPageRenderAndTheirFormsWork() throws Exception {
		String ownerEmail = uniqueEmail("call-pages");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		OrganizationId organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/me", owner).text("organizationId")));
		String memberEmail = uniqueEmail("call-pages-member");
		invitedMember(owner, memberEmail, "member");
		BrowserSession member = signedIn(memberEmail);
		assertThat(member.get("/calls").body()).contains("No calls yet", "No calls in the last 30 days");

		String id = callLog.record(organization, "ctm", CallFixtures.answered(CallFixtures.externalId(), "+14155550401",
				null, "Could you email me a quote for the new roof?")).callId().toString();

		String inbox = member.get("/calls").body();
		assertThat(inbox).contains("Grace Hopper", "Warm", "★★★☆☆", "data-chart", "/calls/sync", "data-stream");
		String rows = member.get("/calls/rows?category=warm").body();
		assertThat(rows).startsWith("<tbody").contains("Grace Hopper").doesNotContain("<html");
		assertThat(member.get("/calls?category=spam").body()).contains("No calls match these filters");
		assertThat(member.get("/calls?rating=9").statusCode()).isEqualTo(400);

		String page = member.get("/calls/" + id).body();
		assertThat(page).contains("<audio", "ctm.example/recordings", "new roof", "data-rate-key=\"4\"", "/js/calls/call.js",
				"Open contact");
		HttpResponse<String> rated = member.post("/calls/" + id + "/rating",
				Map.of("rating", "1", "query", "", "_csrf", BrowserSession.csrf(page)));
		assertThat(rated.statusCode()).isEqualTo(302);
		assertThat(member.get("/calls/" + id).body()).contains("Spam", "Rating saved.");
		member.post("/calls/" + id + "/convert", Map.of("query", "?category=converted", "_csrf", BrowserSession.csrf(page)));
		assertThat(member.get("/calls/" + id).body()).contains("Converted", "a person");
		assertThat(member.get("/calls/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}
}
