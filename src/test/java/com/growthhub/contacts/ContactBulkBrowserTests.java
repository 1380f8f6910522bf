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

/** Tagging several contacts at once from the list's bulk bar, keeping that filter as a saved view, deleting after a confirmation. */
class ContactBulkBrowserTests extends BrowserTestSupport {

	@Test
	void tagsTheTickedContactsInBulkAndSavesTheTagFilterAsAView() {
		String email = "bulk-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		registerVerified(email);
		signIn(email);

		open("/settings/tags-lists");
		type(By.id("tag-name"), "VIP");
		click(By.cssSelector("[data-testid=tag-form] button[type=submit]"));
		assertThat(textOf(By.cssSelector("[data-testid=tag-row]"))).contains("VIP");
		open("/contacts/new");
		createContact("Ada", "Lovelace", "ada@example.com", "+14155550101");
		open("/contacts/new");
		createContact("Alan", "Turing", "alan@example.com", "+14155550102");
		open("/contacts/new");
		createContact("Grace", "Hopper", "grace@example.com", "+14155550103");

		open("/contacts");
		assertThat(browser.findElement(By.cssSelector("[data-testid=bulk-bar]")).isDisplayed()).isFalse();
		click(By.cssSelector("[data-testid=select-all]"));
		waiting().until(driver -> browser.findElements(By.cssSelector("[data-testid=select-row]:checked")).size() == 3);
		click(By.cssSelector("[data-testid=select-all]"));
		waiting().until(driver -> !browser.findElement(By.cssSelector("[data-testid=bulk-bar]")).isDisplayed());
		click(By.cssSelector("[data-testid=select-row][aria-label='Select Ada Lovelace']"));
		click(By.cssSelector("[data-testid=select-row][aria-label='Select Alan Turing']"));
		new Select(visible(By.cssSelector("[data-testid=bulk-action]"))).selectByValue("tag");
		new Select(visible(By.cssSelector("[data-testid=bulk-tag]"))).selectByVisibleText("VIP");
		click(By.cssSelector("[data-testid=bulk-apply]"));

		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "2 contacts updated."));
		waiting().until(driver -> tagsOf("Ada Lovelace").equals(List.of("VIP")) && tagsOf("Alan Turing").equals(List.of("VIP"))
				&& tagsOf("Grace Hopper").isEmpty());

		new Select(visible(By.id("tag"))).selectByVisibleText("VIP");
		waiting().until(driver -> rowNames().size() == 2);
		type(By.cssSelector("[data-testid=save-view] input[name=viewName]"), "VIP people");
		click(By.cssSelector("[data-testid=save-view] button[type=submit]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "The view was saved."));
		open("/contacts");
		waiting().until(driver -> rowNames().size() == 3);
		click(By.cssSelector("[data-testid=views-menu] button"));
		click(By.linkText("VIP people"));
		waiting().until(driver -> rowNames().equals(List.of("Alan Turing", "Ada Lovelace"))
				|| rowNames().equals(List.of("Ada Lovelace", "Alan Turing")));
		assertThat(new Select(visible(By.id("tag"))).getFirstSelectedOption().getText()).isEqualTo("VIP");

		open("/contacts");
		waiting().until(driver -> rowNames().size() == 3);
		click(By.cssSelector("[data-testid=select-row][aria-label='Select Grace Hopper']"));
		new Select(visible(By.cssSelector("[data-testid=bulk-action]"))).selectByValue("delete");
		click(By.cssSelector("[data-testid=bulk-apply]"));
		assertThat(textOf(By.cssSelector("[data-testid=bulk-confirm] h1"))).isEqualTo("Delete 1 contact?");
		click(By.cssSelector("[data-testid=bulk-confirm-delete]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "1 contact deleted."));
		waiting().until(driver -> rowNames().size() == 2 && !rowNames().contains("Grace Hopper"));
	}

	private List<String> rowNames() {
		return browser.findElements(By.cssSelector("[data-testid=contact-row] td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private List<String> tagsOf(String name) {
		return browser.findElements(By.cssSelector("[data-testid=contact-row]"))
			.stream()
			.filter(row -> row.findElement(By.cssSelector("td:first-child")).getText().equals(name))
			.flatMap(row -> row.findElements(By.cssSelector("[data-testid=tag-chip]")).stream())
			.map(WebElement::getText)
			.toList();
	}

	private void createContact(String firstName, String lastName, String email, String phone) {
		type(By.id("firstName"), firstName);
		type(By.id("lastName"), lastName);
		type(By.id("email"), email);
		type(By.id("phone"), phone);
		visible(By.id("email")).sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=contact-name]"), firstName + " " + lastName));
	}

}
