package com.growthhub.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

/**
 * The review inbox and reply editor in headless Chromium, with the client-approval rule and privacy mode on: a
 * review is found by its filters, a draft generated, a risky edit refused with privacy mode's reason, then the reply
 * approved and posted. Clients have no accounts yet, so a member approves (the rule only asks that someone does).
 */
class ReviewsBrowserTests extends BrowserTestSupport {

	@Autowired
	ReviewLog reviewLog;

	@Test
	void aReviewIsDraftedApprovedAndPosted() {
		String owner = IdentityTestSupport.uniqueEmail("reviews-browser");
		registerVerified(owner);
		String token = accounts().accessToken(owner);
		ApiClient api = accounts().api();
		OrganizationId organization = OrganizationId.of(UUID.fromString(api.get("/api/v1/me", token).text("organizationId")));
		api.exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of());
		api.exchange("PUT", "/api/v1/reviews/settings", Map.of("clientApprovalRequired", true, "signature", "Dr. Lee's office"),
				token, Map.of());
		reviewLog.record(organization, ReviewFixtures.PROVIDER,
				ReviewFixtures.review("downtown", 5, "The Botox was perfect, lovely staff!", "Nora Ephron"));
		reviewLog.record(organization, ReviewFixtures.PROVIDER, ReviewFixtures.review("uptown", 2, "Long wait", "Otto"));
		String member = IdentityTestSupport.uniqueEmail("reviews-member");
		accounts().invite(token, member, "member");

		signIn(member);
		click(By.cssSelector("[data-testid=nav-reviews]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=review-row]")).size() == 2);
		assertThat(textOf(By.cssSelector("[data-testid=review-months]"))).contains("3.50");
		new org.openqa.selenium.support.ui.Select(visible(By.id("filter-rating"))).selectByVisibleText("5 stars");
		click(By.cssSelector("[data-testid=review-filters] button[type=submit]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=review-row]")).size() == 1);
		click(By.cssSelector("[data-testid=review-link]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=review-text]")).contains("Botox"));
		assertThat(textOf(By.cssSelector("[data-testid=approval-required]"))).contains("client approves");

		click(By.cssSelector("[data-testid=generate-draft]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=review-state]")).equals("Draft"));
		String draft = visible(By.cssSelector("[data-testid=reply-text]")).getAttribute("value");
		assertThat(draft).startsWith("Hi Nora,").contains("Dr. Lee's office").doesNotContainIgnoringCase("botox");

		type(By.cssSelector("[data-testid=reply-text]"), "So glad your treatment went well!");
		click(By.cssSelector("[data-testid=save-reply]"));
		waiting().until(driver -> !driver.findElements(By.cssSelector("[data-testid=privacy-refusal]")).isEmpty());
		assertThat(textOf(By.cssSelector("[data-testid=privacy-refusal]"))).contains("\"your treatment\"");
		click(By.cssSelector("[data-testid=post-reply]"));
		waiting().until(driver -> browser.getPageSource().contains("requires the client&#39;s approval")
				|| browser.getPageSource().contains("requires the client's approval"));
		click(By.cssSelector("[data-testid=approve-reply]"));
		waiting().until(driver -> textOf(By.cssSelector("[role=alert]")).contains("must not confirm the reviewer is a patient"));

		type(By.cssSelector("[data-testid=reply-text]"), "Thank you so much for the kind words, Nora!");
		click(By.cssSelector("[data-testid=save-reply]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=privacy-refusal]")).isEmpty());
		click(By.cssSelector("[data-testid=approve-reply]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=review-state]")).equals("Approved"));
		click(By.cssSelector("[data-testid=post-reply]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=review-state]")).equals("Responded"));
		assertThat(textOf(By.cssSelector("[data-testid=posted-reply]"))).isEqualTo("Thank you so much for the kind words, Nora!");
		assertThat(textOf(By.cssSelector("[data-testid=review-history]"))).contains("Responded", "Approved", "Draft", "Pending");
	}
}
