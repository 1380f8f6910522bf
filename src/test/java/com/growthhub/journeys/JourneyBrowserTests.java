package com.growthhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;

/** A journey from its template to an active client, through the pages in headless Chromium. */
class JourneyBrowserTests extends BrowserTestSupport {

	@Test
	void runsAJourneyFromATemplateToAnActiveClient() {
		String email = uniqueEmail("journey");
		ApiClient api = new ApiClient(port);
		registerVerified(email);
		signIn(email);
		String token = accounts().accessToken(email);
		assertThat(api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Jane", "lastName", "Client")), token).status())
			.isEqualTo(201);
		assertThat(api.post("/api/v1/services", Map.of("code", "BTX", "name", "Botox", "priceCents", 30000), token).status())
			.isEqualTo(201);

		open("/journeys/templates");
		type(By.id("template-name"), "Consultation");
		WebElement first = browser.findElements(By.cssSelector("[data-testid=step-row]")).get(0);
		first.findElement(By.name("title")).sendKeys("Call back");
		WebElement second = browser.findElements(By.cssSelector("[data-testid=step-row]")).get(1);
		second.findElement(By.name("title")).sendKeys("Send offer");
		second.findElement(By.name("offset")).clear();
		second.findElement(By.name("offset")).sendKeys("2");
		click(By.cssSelector("[data-testid=save-template]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/journeys/templates/[0-9a-f-]{36}$"));
		assertThat(textOf(By.cssSelector("[data-testid=template-list]"))).contains("Consultation", "2");

		open("/journeys");
		click(By.cssSelector("[data-testid=start-journey] button[type=submit]"));
		assertThat(textOf(By.id("start-contact-error"))).as("nothing is preselected").isEqualTo("Choose a contact from the list.");
		pickContact("start-contact", "jan", "Jane Client");
		assertThat(browser.findElements(By.cssSelector("#start-contact-error.d-block"))).isEmpty();
		new Select(visible(By.id("start-template"))).selectByVisibleText("Consultation");
		click(By.cssSelector("[data-testid=start-journey] input[name=services]"));
		type(By.id("start-concerns"), "wrinkles");
		click(By.cssSelector("[data-testid=start-journey] button[type=submit]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/journeys/[0-9a-f-]{36}$"));
		assertThat(status()).isEqualTo("Pending");
		assertThat(browser.findElements(By.cssSelector("[data-testid=journey-step]"))).hasSize(2);
		assertThat(browser.findElements(By.cssSelector("[data-testid^=move-]"))).hasSize(1);

		click(By.cssSelector("[data-testid=move-in_progress]"));
		waiting().until(driver -> status().equals("In progress"));
		click(By.cssSelector("[data-testid=toggle-step]"));
		// The post replaces the page: until the new one is in, there may be no button to read.
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=toggle-step]")).stream().findFirst()
			.map(WebElement::getText).orElse("").equals("Reopen"));

		click(By.cssSelector("[data-testid=move-active_client]"));
		WebElement price = visible(By.cssSelector("[data-testid=agree-price]"));
		assertThat(price.getAttribute("value")).as("the catalog price in units").isEqualTo("300.00");
		price.clear();
		price.sendKeys("250");
		click(By.cssSelector("[data-testid=agree-submit]"));
		waiting().until(driver -> status().equals("Active client"));
		assertThat(browser.findElements(By.cssSelector("[data-testid^=move-]"))).isEmpty();

		click(By.cssSelector("[data-testid=active-client-link]"));
		waiting().until(driver -> driver.getCurrentUrl().endsWith("/active-clients"));
		assertThat(textOf(By.cssSelector("[data-testid=active-client-row]"))).contains("Jane Client",
				"BTX", "250.00");
	}

	/** The status shown; a wait reads it again when a form post replaced the page. */
	private String status() {
		return browser.findElement(By.cssSelector("[data-testid=journey-status]")).getText();
	}
}
