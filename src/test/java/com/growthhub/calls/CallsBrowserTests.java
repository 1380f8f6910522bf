package com.growthhub.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

/**
 * The call inbox in headless Chromium: calls recorded through the call log are listed, a new one appears live, a
 * call rated with the keyboard changes category, the next call opens with j, and a journey starts from a call.
 */
class CallsBrowserTests extends BrowserTestSupport {

	@Autowired
	CallLog callLog;

	@Test
	void rateACallWithTheKeyboardAndStartAJourneyFromIt() throws Exception {
		String email = IdentityTestSupport.uniqueEmail("calls-browser");
		registerVerified(email);
		String token = accounts().accessToken(email);
		ApiClient api = accounts().api();
		OrganizationId organization = OrganizationId.of(UUID.fromString(api.get("/api/v1/me", token).text("organizationId")));
		assertThat(api.post("/api/v1/journey-templates", Map.of("name", "Welcome",
				"steps", List.of(Map.of("title", "Call back", "dueOffsetDays", 1, "assigneeRole", "member"))), token).status())
			.isEqualTo(201);
		IncomingCall warm = CallFixtures.answered(CallFixtures.externalId(), "+14155550301", null,
				"How much does a new water heater cost? Could you email me a quote?");
		callLog.record(organization, "ctm", warm);
		callLog.record(organization, "ctm", CallFixtures.missed(CallFixtures.externalId(), "+14155550302"));

		signIn(email);
		click(By.cssSelector("[data-testid=nav-calls]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=call-row]")).size() == 2);
		waiting().until(driver -> "open".equals(driver.findElement(By.id("call-rows")).getAttribute("data-live")));

		// A call synced while the inbox is open shows up without reloading.
		callLog.record(organization, "ctm", CallFixtures.answered(CallFixtures.externalId(), "+14155550303", null,
				"Are you hiring? I'd like to apply for the technician position."));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=call-row]")).size() == 3);

		new org.openqa.selenium.support.ui.Select(visible(By.id("filter-category"))).selectByVisibleText("Warm");
		click(By.cssSelector("[data-testid=call-filters] button[type=submit]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=call-row]")).size() == 1);
		click(By.cssSelector("[data-testid=call-link]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=call-category]")).equals("Warm"));
		assertThat(textOf(By.cssSelector("[data-testid=call-transcript]"))).contains("water heater");

		new Actions(browser).sendKeys("4").perform();

		waiting().until(driver -> textOf(By.cssSelector("[data-testid=call-category]")).equals("Very good"));
		assertThat(textOf(By.cssSelector("[data-testid=call-history]"))).contains("very_good", "a person");

		click(By.cssSelector("[data-testid=call-start-journey]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/journeys/[0-9a-f-]{36}$"));
		assertThat(browser.getPageSource()).contains("Welcome");

		// Back in the inbox without filters: j moves from the newest call to the next one.
		click(By.cssSelector("[data-testid=nav-calls]"));
		click(By.cssSelector("[data-testid=call-link]"));
		String first = waiting().until(driver -> driver.findElement(By.cssSelector("[data-testid=call-page]"))
			.getAttribute("data-call-id"));
		new Actions(browser).sendKeys("j").perform();
		waiting().until(driver -> !first.equals(driver.findElement(By.cssSelector("[data-testid=call-page]"))
			.getAttribute("data-call-id")));
	}
}
