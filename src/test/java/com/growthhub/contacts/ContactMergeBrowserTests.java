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
 * Cleaning up a double entry in the browser: find the pair on the Duplicates page, keep the
 * duplicate's email, merge, and take it back with Undo.
 */
class ContactMergeBrowserTests extends BrowserTestSupport {

	@Test
	void mergesADuplicateKeepingOneOfItsFieldsAndUndoesTheMerge() {
		String email = "merge-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		registerVerified(email);
		signIn(email);

		open("/contacts/new");
		createContact("John", "Smith", "john@example.com", "+14155552671");
		open("/contacts/new");
		createContact("Jon", "Smith", "jon@example.com", "+14155552671");

		open("/contacts");
		click(By.cssSelector("[data-testid=duplicates-link]"));
		waitForPath("/contacts/duplicates");
		assertThat(textOf(By.cssSelector("[data-testid=duplicate-pair]"))).contains("Same phone", "John Smith",
				"Jon Smith");
		click(By.cssSelector("[data-testid=review-merge]"));
		waitForPath("/contacts/merge");
		String primaryId = idOf(By.cssSelector("[data-testid=merge-form] th:nth-child(2) a"));
		String duplicateId = idOf(By.cssSelector("[data-testid=merge-form] th:nth-child(3) a"));
		assertThat(textOf(By.cssSelector("[data-testid=merge-form] th:nth-child(2) a"))).isEqualToIgnoringCase("John Smith");

		click(By.cssSelector("[data-field=email] input[value=duplicate]"));
		click(By.cssSelector("[data-testid=merge-submit]"));
		waitForPath("/contacts/" + primaryId);
		assertThat(textOf(By.cssSelector("[data-testid=merged]"))).contains("Merged.");
		assertThat(textOf(By.cssSelector(".contact-fields"))).contains("jon@example.com");
		assertThat(textOf(By.cssSelector("[data-testid=contact-name]"))).isEqualTo("John Smith");

		click(By.cssSelector("[data-testid=undo-merge]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "both contacts are back"));
		assertThat(textOf(By.cssSelector(".contact-fields"))).contains("john@example.com");

		open("/contacts/" + duplicateId);
		waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=contact-name]"), "Jon Smith"));
		open("/contacts");
		waiting().until(driver -> rowNames().containsAll(List.of("John Smith", "Jon Smith")) && rowNames().size() == 2);
	}

	@Test
	void findsTheOtherContactFromAContactPageAndRefusesAMergeOverASharedPlatform() {
		String email = "merge-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		registerVerified(email);
		signIn(email);

		open("/contacts/new");
		createContact("Grace", "Hopper", "grace@example.com", "+14155550111");
		setExternalId("hs-1");
		assertThat(textOf(By.cssSelector("[data-testid=external-id]"))).contains("HubSpot", "hs-1");
		open("/contacts/new");
		createContact("Grace", "Brewster", "brewster@example.com", "+14155550112");
		setExternalId("hs-1");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Another contact already has this hubspot id."));
		setExternalId("hs-2");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=external-ids]"), "hs-2"));

		click(By.cssSelector("[data-testid=merge-with]"));
		type(By.cssSelector("[data-testid=merge-with-q]"), "Hopper");
		visible(By.cssSelector("[data-testid=merge-with-q]")).sendKeys(Keys.ENTER);
		assertThat(textOf(By.cssSelector("[data-testid=merge-with-match]"))).contains("Grace Hopper");
		click(By.cssSelector("[data-testid=merge-with-match] a"));
		waitForPath("/contacts/merge");
		click(By.cssSelector("[data-testid=merge-submit]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Another contact already has this hubspot id."));
		waitForPath("/contacts/merge");
	}

	private void setExternalId(String id) {
		new Select(visible(By.cssSelector("[data-testid=set-external-id] select"))).selectByVisibleText("HubSpot");
		type(By.cssSelector("[data-testid=set-external-id] input[name=externalId]"), id);
		click(By.cssSelector("[data-testid=set-external-id] button[type=submit]"));
	}

	private String idOf(By link) {
		String href = visible(link).getAttribute("href");
		return href.substring(href.lastIndexOf('/') + 1);
	}

	private void createContact(String firstName, String lastName, String email, String phone) {
		type(By.id("firstName"), firstName);
		type(By.id("lastName"), lastName);
		type(By.id("email"), email);
		type(By.id("phone"), phone);
		visible(By.id("email")).sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=contact-name]"), firstName + " " + lastName));
	}



	private List<String> rowNames() {
		return browser.findElements(By.cssSelector("[data-testid=contact-row] td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}
}
