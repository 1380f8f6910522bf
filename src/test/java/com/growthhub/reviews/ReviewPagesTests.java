package com.growthhub.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

/** The review pages render, their forms work without JavaScript, and refusals show their reason on the page. */
class ReviewPagesTests extends IdentityTestSupport {

	@Autowired
	ReviewLog reviewLog;

	@Test
	void theInboxRulesAndEditorRenderAndTheirFormsWork() throws Exception {
		String ownerEmail = uniqueEmail("review-pages");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		OrganizationId organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/me", owner).text("organizationId")));
		BrowserSession browser = signedIn(ownerEmail);

		String empty = browser.get("/reviews").body();
		assertThat(empty).contains("No reviews yet", "Review rules", "/reviews/sync").doesNotContain("data-chart");
		browser.post("/reviews/settings", Map.of("clientApprovalRequired", "true", "lowRatingThreshold", "3",
				"flagAfterHours", "24", "tone", "professional", "signature", "The Smile team", "_csrf", BrowserSession.csrf(empty)));
		assertThat(browser.get("/reviews").body()).contains("Review rules saved.");
		assertThat(api().get("/api/v1/reviews/settings", owner).body().toString()).contains("\"clientApprovalRequired\":true",
				"\"lowRatingThreshold\":3", "\"flagAfterHours\":24", "\"tone\":\"professional\"", "The Smile team");

		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), owner, Map.of());
		String id = reviewLog.record(organization, ReviewFixtures.PROVIDER,
				ReviewFixtures.review("main", 4, "Friendly and quick", "Rosa Parks")).reviewId().toString();
		String inbox = browser.get("/reviews").body();
		assertThat(inbox).contains("Rosa Parks", "★★★★☆", "Clinic main", "Pending", "data-chart", "4.00");
		assertThat(browser.get("/reviews?state=responded").body()).contains("No reviews match these filters");
		assertThat(browser.get("/reviews?rating=9").statusCode()).isEqualTo(400);

		String page = browser.get("/reviews/" + id).body();
		assertThat(page).contains("Friendly and quick", "Generate draft", "The client approves a reply before it is posted");
		browser.post("/reviews/" + id + "/draft", Map.of("_csrf", BrowserSession.csrf(page)));
		String drafted = browser.get("/reviews/" + id).body();
		assertThat(drafted).contains("A reply was drafted.", "Dear Rosa,", "The Smile team");
		browser.post("/reviews/" + id + "/reply", Map.of("replyText", "Hope your appointment was fine!", "_csrf",
				BrowserSession.csrf(drafted)));
		String risky = browser.get("/reviews/" + id).body();
		assertThat(risky).contains("data-testid=\"privacy-refusal\"", "&quot;your appointment&quot;");
		browser.post("/reviews/" + id + "/respond", Map.of("_csrf", BrowserSession.csrf(risky)));
		assertThat(browser.get("/reviews/" + id).body()).contains("requires the client&#39;s approval");
		assertThat(browser.get("/reviews/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

		String memberEmail = uniqueEmail("review-pages-member");
		invitedMember(owner, memberEmail, "member");
		BrowserSession member = signedIn(memberEmail);
		String memberInbox = member.get("/reviews").body();
		assertThat(memberInbox).contains("Rosa Parks").doesNotContain("Review rules");
		member.post("/reviews/settings", Map.of("tone", "casual", "_csrf", BrowserSession.csrf(memberInbox)));
		assertThat(member.get("/reviews").body()).contains("Only owners and admins change the review rules.");
	}
}
