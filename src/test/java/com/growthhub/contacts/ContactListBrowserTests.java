package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.growthhub.BrowserTestSupport;

/**
 * The contact table in the browser: how many contacts there are, column headings that sort it (by mouse and by
 * keyboard, announced with aria-sort), and a Columns menu whose choice this browser remembers.
 */
class ContactListBrowserTests extends BrowserTestSupport {

	@Test
	void sortsByAHeadingAndHidesAColumn() {
		String email = "table-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		registerVerified(email);
		String token = accounts().accessToken(email);
		accounts().requireOnly(token, "firstName");
		for (Map<String, Object> contact : List.of(Map.<String, Object>of("firstName", "Bea", "email", "bea@b.example"),
				Map.<String, Object>of("firstName", "Cy", "email", "cy@c.example"),
				Map.<String, Object>of("firstName", "Ada", "email", "ada@a.example"))) {
			assertThat(accounts().api().post("/api/v1/contacts", contact, token).status()).isEqualTo(201);
		}
		signIn(email);

		open("/contacts");
		assertThat(textOf(By.cssSelector("[data-testid=contacts-count]"))).isEqualTo("3 contacts");
		assertThat(rowNames()).containsExactly("Ada", "Cy", "Bea");
		assertThat(heading("name").getAttribute("aria-sort")).isNull();

		click(By.cssSelector("[data-testid=sort-name]"));
		waiting().until(driver -> rowNames().equals(List.of("Ada", "Bea", "Cy")));
		assertThat(heading("name").getAttribute("aria-sort")).isEqualTo("ascending");
		assertThat(browser.getCurrentUrl()).contains("sort=name");

		// The same heading from the keyboard: focus its link and press Enter.
		visible(By.cssSelector("[data-testid=sort-name]")).sendKeys(Keys.ENTER);
		waiting().until(driver -> rowNames().equals(List.of("Cy", "Bea", "Ada")));
		assertThat(heading("name").getAttribute("aria-sort")).isEqualTo("descending");

		// A new filter keeps the sort the heading chose.
		type(By.id("q"), "example");
		visible(By.id("q")).sendKeys(Keys.ENTER);
		waiting().until(driver -> driver.getCurrentUrl().contains("q=example"));
		waiting().until(driver -> rowNames().equals(List.of("Cy", "Bea", "Ada")));
		assertThat(heading("name").getAttribute("aria-sort")).isEqualTo("descending");

		click(By.cssSelector("[data-testid=sort-email]"));
		waiting().until(driver -> "ascending".equals(heading("email").getAttribute("aria-sort")));
		assertThat(rowNames()).containsExactly("Ada", "Bea", "Cy");
		assertThat(heading("name").getAttribute("aria-sort")).isNull();

		assertThat(emailCells()).allMatch(WebElement::isDisplayed);
		click(By.cssSelector("[data-testid=columns-menu] button"));
		click(By.cssSelector("[data-testid=column-email]"));
		waiting().until(driver -> emailCells().stream().noneMatch(WebElement::isDisplayed));
		assertThat(heading("email").isDisplayed()).isFalse();
		assertThat(browser.findElements(By.cssSelector("[data-testid=contact-row] td[data-col=phone]")))
			.allMatch(WebElement::isDisplayed);

		open("/contacts");
		waiting().until(driver -> rowNames().size() == 3);
		assertThat(emailCells()).as("remembered in this browser").noneMatch(WebElement::isDisplayed);
		click(By.cssSelector("[data-testid=columns-menu] button"));
		assertThat(visible(By.cssSelector("[data-testid=column-email]")).isSelected()).isFalse();
		click(By.cssSelector("[data-testid=column-email]"));
		waiting().until(driver -> emailCells().stream().allMatch(WebElement::isDisplayed));
	}

	private WebElement heading(String key) {
		return browser.findElement(By.cssSelector("th:has([data-testid=sort-" + key + "])"));
	}

	private List<WebElement> emailCells() {
		return browser.findElements(By.cssSelector("[data-testid=contact-row] td[data-col=email]"));
	}

	private List<String> rowNames() {
		return browser.findElements(By.cssSelector("[data-testid=contact-row] td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}
}
