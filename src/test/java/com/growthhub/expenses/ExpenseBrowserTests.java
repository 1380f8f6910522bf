package com.growthhub.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.IdentityTestSupport;

/**
 * A member files an expense with a photo of the receipt, takes the amount, date and merchant read from it, submits it;
 * a manager approves it. Headless Chromium, two browsers, the real job system and tesseract.
 */
class ExpenseBrowserTests extends BrowserTestSupport {

	@Test
	void aMemberSubmitsAnExpenseWithAReceiptAndAManagerApprovesIt() throws Exception {
		String ownerEmail = IdentityTestSupport.uniqueEmail("expense-approver");
		registerVerified(ownerEmail);
		String memberEmail = IdentityTestSupport.uniqueEmail("expense-spender");
		accounts().invite(accounts().accessToken(ownerEmail), memberEmail, "member");

		signIn(memberEmail);
		click(By.cssSelector("[data-testid=nav-expenses]"));
		click(By.cssSelector("[data-testid=new-expense]"));
		visible(By.cssSelector("[data-testid=receipt-input]"))
			.sendKeys(Path.of("src/test/resources/com/growthhub/expenses/receipts/04-office.png").toAbsolutePath().toString());
		new Select(visible(By.id("categoryId"))).selectByVisibleText("Supplies");
		new Select(visible(By.id("type"))).selectByVisibleText("Supplies");
		click(By.cssSelector("[data-testid=save-expense]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/expenses/[0-9a-f-]{36}$"));
		String expense = browser.getCurrentUrl();

		// The page asks for the receipt panel again until the receipt has been read.
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(driver -> !driver.findElements(By.cssSelector("[data-testid=accept-suggestion]")).isEmpty());
		assertThat(visible(By.id("suggested-amount")).getAttribute("value")).isEqualTo("49.65");
		assertThat(visible(By.id("suggested-merchant")).getAttribute("value")).isEqualTo("Office Depot");
		assertThat(browser.findElements(By.cssSelector("[data-testid=receipt-thumbnail]"))).hasSize(1);
		click(By.cssSelector("[data-testid=accept-suggestion]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=expense-amount]")).equals("$49.65"));
		assertThat(textOf(By.cssSelector("[data-testid=expense-title]"))).isEqualTo("Office Depot");
		assertThat(textOf(By.cssSelector("[data-testid=expense-date]"))).isEqualTo("2026-01-09");

		click(By.cssSelector("[data-testid=submit-expense]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=expense-status]")).equals("Submitted"));
		assertThat(browser.findElements(By.cssSelector("[data-testid=edit-expense]"))).as("no longer editable by its author")
			.isEmpty();

		browser = newBrowser();
		signIn(ownerEmail);
		click(By.cssSelector("[data-testid=nav-expenses]"));
		new Select(visible(By.id("filter-status"))).selectByVisibleText("Submitted");
		click(By.cssSelector("[data-testid=expense-filters] button[type=submit]"));
		click(By.cssSelector("[data-testid=expense-link]"));
		waiting().until(driver -> driver.getCurrentUrl().equals(expense));
		click(By.cssSelector("[data-testid=approve-expense]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=expense-status]")).equals("Approved"));
		assertThat(textOf(By.cssSelector("[data-testid=expense-decision]"))).startsWith("Sam Seller");
		assertThat(browser.findElements(By.cssSelector("[data-testid=reimburse-expense]"))).hasSize(1);
	}
}
