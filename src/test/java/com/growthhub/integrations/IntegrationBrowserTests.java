package com.growthhub.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.IdentityTestSupport;

/**
 * An owner connects a stubbed HubSpot with a private-app token in Settings › Integrations, watches the import finish
 * in the run log (which refreshes itself while the run is live), sees the record HubSpot refused, and finds the
 * imported contacts in the contact list.
 */
class IntegrationBrowserTests extends BrowserTestSupport {

	@Test
	void anOwnerConnectsHubSpotImportsAndSeesTheContactsAndTheRunLog() {
		String token = "pat-na1-" + UUID.randomUUID();
		FakeHubSpot.Portal portal = FakeHubSpot.CONNECTOR.portal(token);
		Instant at = Instant.parse("2026-11-02T09:00:00Z");
		for (int i = 1; i <= 120; i++) {
			portal.put(String.format("b%04d", i), at, Map.of("email", "browser" + i + "@hubspot.example.com", "firstname",
					"Imported", "lastname", "Person" + i));
		}
		portal.put("b9999", at, Map.of("email", "broken", "firstname", "Broken"));
		String owner = IdentityTestSupport.uniqueEmail("integrations-browser");
		registerVerified(owner);

		signIn(owner);
		open("/settings/integrations");
		assertThat(textOf(By.cssSelector("[data-testid=integration-salesforce] [data-testid=integration-variables]")))
			.as("a provider this installation is not configured for says how to configure it")
			.contains("GROWTHHUB_INTEGRATIONS_SALESFORCE_CLIENT_ID");
		assertThat(browser.findElements(By.cssSelector("[data-testid=integration-salesforce] [data-testid=integration-sign-in]")))
			.isEmpty();
		type(By.cssSelector("[data-testid=integration-hubspot] [data-testid=integration-token]"), token);
		click(By.cssSelector("[data-testid=integration-hubspot] [data-testid=integration-connect]"));
		waitForPath("/settings/integrations/hubspot");
		assertThat(textOf(By.cssSelector("[data-testid=integration-status]"))).isEqualTo("Connected");

		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(driver -> textOf(By.cssSelector("[data-testid=integration-run-status]")).equals("Succeeded"));
		assertThat(textOf(By.cssSelector("[data-testid=integration-run-read]"))).isEqualTo("121");
		assertThat(textOf(By.cssSelector("[data-testid=integration-run-created]"))).isEqualTo("120");
		assertThat(textOf(By.cssSelector("[data-testid=integration-run-failed]"))).isEqualTo("1");
		assertThat(textOf(By.cssSelector("[data-testid=integration-run-errors]"))).contains("b9999")
			.contains("email is not an email address");

		open("/contacts?q=Person117");
		waiting().until(driver -> driver.getPageSource().contains("browser117@hubspot.example.com"));
	}
}
