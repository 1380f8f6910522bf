package com.growthhub.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.web.util.UriComponentsBuilder;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.integrations.internal.connectors.googlebusiness.GoogleBusinessJson;

import tools.jackson.databind.JsonNode;

/**
 * The review journey in headless Chromium against the WireMock Google Business Profile: a review synced from
 * Google, the agency drafts a reply (the built-in drafting port), the client-approval rule holds it until the account's
 * client user approves it in the portal, then the agency posts it to Google's reply endpoint and it is responded.
 */
class GoogleBusinessReplyBrowserTests extends BrowserTestSupport {

	private final WireMockServer google = SharedGoogleBusinessStub.get();

	@Test
	void aReviewIsDraftedApprovedByTheClientAndPostedToGoogle() throws Exception {
		String owner = IdentityTestSupport.uniqueEmail("gbp-browser");
		registerVerified(owner);
		String token = accounts().accessToken(owner);
		ApiClient api = accounts().api();
		long account = SharedGoogleBusinessStub.nextAccount();
		String location = "accounts/" + account + "/locations/" + (account + 1);
		String reviewId = "g" + account + "r";
		api.exchange("PUT", "/api/v1/reviews/settings", Map.of("clientApprovalRequired", true, "signature", "Smile Dental"),
				token, Map.of());
		connect(api, token, account);
		api.exchange("PUT", "/api/v1/integrations/google_business/settings", Map.of("direction", "import", "syncDeletions",
				false, "settings", Map.of("locations", location + "=Downtown")), token, Map.of());
		google.stubFor(get(urlPathEqualTo("/v4/" + location + "/reviews")).withQueryParam("pageToken", absent())
			.willReturn(okJson(GoogleBusinessJson.page(List.of(GoogleBusinessJson.review(location, reviewId, "FIVE",
					"Ann Lee", "Friendly and quick", "2026-11-01T10:00:00Z", null)), null))));
		google.stubFor(put(urlPathEqualTo("/v4/" + location + "/reviews/" + reviewId + "/reply"))
			.willReturn(okJson("{\"comment\":\"posted\",\"updateTime\":\"2026-11-03T09:00:00Z\"}")));
		JsonNode run = awaitRun(api, token, api.post("/api/v1/reviews/sync", null, token).text("id"));
		assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("succeeded");
		String client = IdentityTestSupport.uniqueEmail("gbp-client");
		accounts().invite(token, client, "client");

		signIn(owner);
		click(By.cssSelector("[data-testid=nav-reviews]"));
		click(By.cssSelector("[data-testid=review-link]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=review-text]")).contains("Friendly and quick"));
		click(By.cssSelector("[data-testid=generate-draft]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=review-state]")).equals("Draft"));
		String draft = visible(By.cssSelector("[data-testid=reply-text]")).getAttribute("value");
		assertThat(draft).startsWith("Hi Ann,").contains("Smile Dental");
		String reviewPage = java.net.URI.create(browser.getCurrentUrl()).getPath();
		click(By.cssSelector("[data-testid=post-reply]"));
		waiting().until(driver -> driver.getPageSource().contains("requires the client&#39;s approval")
				|| driver.getPageSource().contains("requires the client's approval"));
		google.verify(0, putRequestedFor(urlPathEqualTo("/v4/" + location + "/reviews/" + reviewId + "/reply")));

		// The client, on a screen of its own.
		WebDriver agency = browser;
		browser = newBrowser();
		signInAsClient(client);
		click(By.cssSelector("[data-testid=portal-reviews]"));
		waitForPath("/reviews");
		click(By.cssSelector("[data-testid=review-link]"));
		waitForPath(reviewPage);
		assertThat(browser.findElements(By.cssSelector("[data-testid=post-reply]"))).as("a client only approves").isEmpty();
		click(By.cssSelector("[data-testid=approve-reply]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=review-state]")).equals("Approved"));

		browser = agency;
		open(reviewPage);
		click(By.cssSelector("[data-testid=post-reply]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=review-state]")).equals("Responded"));
		assertThat(textOf(By.cssSelector("[data-testid=posted-reply]"))).isEqualToNormalizingWhitespace(draft);
		google.verify(1, putRequestedFor(urlPathEqualTo("/v4/" + location + "/reviews/" + reviewId + "/reply"))
			.withHeader("Authorization", equalTo("Bearer access-" + account))
			.withRequestBody(matchingJsonPath("$.comment", equalTo(draft))));
		JsonNode review = api.get("/api/v1/reviews", token).body().path("items").get(0);
		assertThat(review.path("state").asString()).isEqualTo("responded");
	}

	/** Connects Google Business Profile through the framework's OAuth flow, as GoogleBusinessSyncIntegrationTests do. */
	private void connect(ApiClient api, String token, long account) {
		google.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("code=code-" + account))
			.willReturn(okJson("""
					{"access_token":"access-%d","expires_in":3599,"refresh_token":"refresh-%d","token_type":"Bearer",
					 "scope":"https://www.googleapis.com/auth/business.manage"}""".formatted(account, account))));
		google.stubFor(get(urlPathEqualTo("/v1/accounts")).withHeader("Authorization", equalTo("Bearer access-" + account))
			.willReturn(okJson("""
					{"accounts":[{"name":"accounts/%d","accountName":"Smile Dental %d","type":"LOCATION_GROUP"}]}"""
				.formatted(account, account))));
		String authorize = api.post("/api/v1/integrations/google_business/connect", Map.of(), token).text("authorizeUrl");
		Map<String, String> query = UriComponentsBuilder.fromUri(URI.create(authorize)).build().getQueryParams()
			.toSingleValueMap();
		ApiClient.Response connected = api.get("/api/v1/integrations/google_business/callback?code=code-" + account
				+ "&state=" + query.get("state"), token);
		assertThat(connected.status()).as(connected.body().toString()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/integrations/google_business/runs", token)
			.body().path("items").path(0).path("status").asString(), "succeeded"::equals);
	}

	private JsonNode awaitRun(ApiClient api, String token, String runId) {
		return await().atMost(Duration.ofSeconds(60)).until(
				() -> api.get("/api/v1/integrations/google_business/runs/" + runId, token).body(),
				run -> List.of("succeeded", "failed").contains(run.path("status").asString()));
	}

	/** The pages' sign-in, which lands a client user in the portal rather than on the home page. */
	private void signInAsClient(String email) {
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		click(By.cssSelector("form[action='/login'] button[type=submit]"));
		waitForPath("/login/verify");
		type(By.id("code"), mailbox().latestCode(email, "sign-in-code"));
		click(By.cssSelector("form[action='/login/verify'] button[type=submit]"));
		waitForPath("/portal");
	}
}
