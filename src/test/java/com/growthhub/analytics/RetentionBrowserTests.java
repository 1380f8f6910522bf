package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.IdentityTestSupport;

/**
 * An owner finds Data retention in the settings, changes a period, runs a dry run (htmx swaps its table in), then
 * opens the sales metrics and finds their own row. Headless Chromium.
 */
class RetentionBrowserTests extends BrowserTestSupport {

	@Test
	void anOwnerSetsAPeriodRunsADryRunAndSeesTheSalesTable() {
		String ownerEmail = IdentityTestSupport.uniqueEmail("retention-browser");
		registerVerified(ownerEmail);
		signIn(ownerEmail);

		open("/settings/profile");
		click(By.cssSelector("[data-testid=nav-retention]"));
		waitForPath("/settings/retention");
		assertThat(textOf(By.cssSelector("[data-testid=retention-last-run]"))).contains("has not run yet");
		assertThat(textOf(By.cssSelector("[data-testid=retention-trash]"))).contains("30 days");
		WebElement leads = visible(By.id("leadsYears"));
		assertThat(leads.getAttribute("value")).isEqualTo("7");
		leads.clear();
		leads.sendKeys("6");
		click(By.cssSelector("[data-testid=retention-form] button[type=submit]"));
		waiting().until(driver -> textOf(By.cssSelector("#flash")).contains("Retention periods saved."));
		assertThat(visible(By.id("leadsYears")).getAttribute("value")).isEqualTo("6");

		click(By.cssSelector("[data-testid=retention-dry-run]"));
		visible(By.cssSelector("[data-testid=dry-run-table]"));
		assertThat(browser.findElements(By.cssSelector("[data-testid=dry-run-count]"))).hasSize(3)
			.allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("0"));

		open("/analytics/sales");
		assertThat(browser.findElements(By.cssSelector("[data-testid=sales-reps] tbody tr"))).hasSize(1);
		assertThat(visible(By.cssSelector("[data-testid=sales-csv]")).getAttribute("href")).contains("/api/v1/analytics/reps.csv?from=");
	}
}
