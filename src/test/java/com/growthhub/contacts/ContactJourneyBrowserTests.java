package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;

/**
 * A salesperson's first day with contacts, in the browser: create a contact, tag it, log a call,
 * find it again despite a typo, and move it from target to contact to plug.
 */
class ContactJourneyBrowserTests extends BrowserTestSupport {

	@Test
	void createsTagsLogsFindsAndConvertsAContact() {
		String email = "sales-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		registerVerified(email);
		signIn(email);

		click(By.cssSelector("[data-testid=nav-contacts]"));
		waitForPath("/contacts");
		click(By.cssSelector("[data-testid=contacts-empty] a"));
		waitForPath("/contacts/new");
		createContact("John", "Smith", "john.smith@example.com", "Target");
		assertThat(badges()).containsExactly("Target", "New");

		open("/settings/tags-lists");
		type(By.id("tag-name"), "VIP");
		click(By.cssSelector("[data-testid=tag-form] button[type=submit]"));
		assertThat(textOf(By.cssSelector("[data-testid=tag-row]"))).contains("VIP");

		open("/contacts");
		click(By.linkText("John Smith"));
		new Select(visible(By.cssSelector("[data-testid=add-tag] select"))).selectByVisibleText("VIP");
		click(By.cssSelector("[data-testid=add-tag] button[type=submit]"));
		assertThat(textOf(By.cssSelector("[data-testid=contact-tags] [data-testid=tag-chip]"))).contains("VIP");

		new Select(visible(By.id("type"))).selectByVisibleText("Call");
		type(By.id("text"), "Talked about the spring campaign");
		click(By.cssSelector("[data-testid=log-interaction] button[type=submit]"));
		assertThat(textOf(By.cssSelector("[data-testid=timeline-item]"))).contains("Call",
				"Talked about the spring campaign");

		open("/contacts/new");
		createContact("Ada", "Lovelace", "ada@example.com", "Contact");
		open("/contacts");
		type(By.id("q"), "Jhon Smiht");
		visible(By.id("q")).sendKeys(Keys.ENTER);
		waiting().until(driver -> rowNames().equals(List.of("John Smith")));
		waiting().until(driver -> driver.findElement(By.cssSelector("[data-testid=contact-row]")).getText().contains("VIP"));

		click(By.linkText("John Smith"));
		click(By.cssSelector("[data-testid=convert-contact] button[type=submit]"));
		waiting().until(driver -> badges().equals(List.of("Contact", "New")));
		new Select(visible(By.cssSelector("[data-testid=convert-plug] select"))).selectByVisibleText("Accepted");
		click(By.cssSelector("[data-testid=convert-plug] button[type=submit]"));
		waiting().until(driver -> badges().equals(List.of("Plug", "Accepted")));
		assertThat(textOf(By.cssSelector("[data-testid=timeline]"))).contains("Contact → Plug");
	}

	private void createContact(String firstName, String lastName, String email, String type) {
		type(By.id("firstName"), firstName);
		type(By.id("lastName"), lastName);
		type(By.id("email"), email);
		type(By.id("phone"), ContactMother.phone());
		new Select(visible(By.id("type"))).selectByVisibleText(type);
		// Enter submits with the form's first button, which sits below the fold of this long form.
		visible(By.id("email")).sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=contact-name]"), firstName + " " + lastName));
	}



	private List<String> badges() {
		return browser.findElements(By.cssSelector("[data-testid=contact-header] .badge")).stream().map(WebElement::getText).toList();
	}

	private List<String> rowNames() {
		return browser.findElements(By.cssSelector("[data-testid=contact-row] td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}
}
