package com.growthhub.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.integrations.internal.connectors.ctm.CtmJson;

/**
 * CallTrackingMetrics in headless Chromium against the shared WireMock account: "sync" on the inbox before connecting
 * says where to connect; connecting on its Settings › Integrations card; then "sync" on the inbox brings the calls
 * that arrived at CallTrackingMetrics since, and they are listed.
 */
class CtmSyncBrowserTests extends BrowserTestSupport {

	private final WireMockServer ctm = SharedCtmStub.get();

	@Test
	void connectInSettingsThenSyncCallsFromTheInboxAndSeeThemListed() {
		String email = IdentityTestSupport.uniqueEmail("ctm-browser");
		registerVerified(email);
		String token = accounts().accessToken(email);
		long account = SharedCtmStub.nextAccount();
		String calls = "/api/v1/accounts/" + account + "/calls.json?page=1&per_page=100";
		this.ctm.stubFor(get(urlEqualTo("/api/v1/accounts/" + account))
			.willReturn(okJson("{\"id\":%d,\"name\":\"Acme Plumbing\",\"status\":\"active\"}".formatted(account))));
		this.ctm.stubFor(get(urlEqualTo(calls)).willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), account, 1, 100, 0, List.of(), true))));

		signIn(email);
		open("/calls");
		click(By.cssSelector("[data-testid=calls-sync]"));
		assertThat(textOf(By.cssSelector("#flash .alert-warning"))).contains("not connected", "Settings › Integrations");

		open("/settings/integrations");
		type(By.cssSelector("[data-testid=integration-ctm-access-key]"), "a4f0c1e2b3d4");
		type(By.cssSelector("[data-testid=integration-ctm-secret-key]"), "9e8d7c6b5a4f3e2d1c0b");
		type(By.cssSelector("[data-testid=integration-ctm-account]"), String.valueOf(account));
		click(By.cssSelector("[data-testid=integration-ctm-form] [data-testid=integration-connect]"));
		waitForPath("/settings/integrations/ctm");
		assertThat(textOf(By.cssSelector("[data-testid=integration-account]"))).contains("Acme Plumbing");
		assertThat(textOf(By.cssSelector("[data-testid=integration-webhook-url]"))).endsWith("/api/v1/integrations/ctm/webhook");
		assertThat(browser.getPageSource()).doesNotContain("9e8d7c6b5a4f3e2d1c0b");
		await().atMost(Duration.ofSeconds(60)).until(() -> accounts().api()
			.get("/api/v1/integrations/ctm/runs?limit=1", token).body().path("items").path(0).path("status").asString()
			.equals("succeeded"));

		// Two calls reach CallTrackingMetrics; the next sync brings them.
		Instant start = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		this.ctm.stubFor(get(urlEqualTo(calls)).willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), account, 1, 100, 2,
				List.of(CtmJson.call(701, account, start, 140,
						"Caller: Hi, I'd like to book an appointment for an installation this week, can I pay a deposit today?", null),
						CtmJson.call(702, account, start.plusSeconds(300), 0, null, null)), true))));
		open("/calls");
		click(By.cssSelector("[data-testid=calls-sync]"));
		assertThat(textOf(By.cssSelector("#flash .alert-success"))).contains("Syncing calls");
		waiting().until(driver -> {
			if (driver.findElements(By.cssSelector("[data-testid=call-row]")).size() == 2) {
				return true;
			}
			driver.navigate().refresh();
			return false;
		});
		assertThat(textOf(By.id("call-rows"))).contains("Google Ads", "Very good");
	}
}
