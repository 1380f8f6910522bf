package com.growthhub.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;

/**
 * A person uploads a CSV, maps a column, sees the import finish at 100% and downloads the rows that failed; then
 * imports the same people from a German file, only filling their empty fields.
 */
class ImportBrowserTests extends BrowserTestSupport {

	@Test
	void uploadsMapsWatchesAndDownloadsTheErrors() throws Exception {
		String email = uniqueEmail("import");
		registerVerified(email);
		signIn(email);

		Path csv = Files.createTempFile("people-", ".csv");
		Files.writeString(csv, """
				Given name;Surname;E-mail;Shoe size;Mobile
				Ada;Lovelace;ada@example.com;38;+1 415 555 0101
				Alan;Turing;alan@bad;44;+1 415 555 0102
				Grace;Hopper;grace@example.com;37;+1 415 555 0103
				""");
		open("/contacts");
		click(By.cssSelector("[data-testid=import-link]"));
		waitForPath("/imports");
		browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		click(By.cssSelector("[data-testid=upload-form] button[type=submit]"));

		Select firstName = new Select(visible(By.cssSelector("select[data-column='Given name']")));
		assertThat(firstName.getFirstSelectedOption().getAttribute("value")).as("a synonym").isEqualTo("firstName");
		assertThat(new Select(browser.findElement(By.cssSelector("select[data-column='E-mail']"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("email");
		assertThat(browser.getPageSource()).contains("grace@example.com");
		new Select(browser.findElement(By.cssSelector("select[data-column='Shoe size']"))).selectByValue("new");
		click(By.cssSelector("[data-testid=start-import]"));

		waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=import-status]"), "Completed"));
		assertThat(browser.findElement(By.cssSelector("[data-progress-bar]")).getText()).isEqualTo("100%");
		assertThat(browser.findElement(By.cssSelector("[data-testid=total-created]")).getText()).isEqualTo("2");
		assertThat(browser.findElement(By.cssSelector("[data-testid=total-failed]")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.cssSelector("[data-testid=import-error]")).getText()).contains("3").contains("email");

		String href = browser.findElement(By.cssSelector("[data-testid=errors-download]")).getAttribute("href");
		Object errors = ((JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
		assertThat(errors.toString()).contains("Alan,Turing,alan@bad,44").contains("error");

		open("/contacts");
		waitForRows(2);
		assertThat(browser.getPageSource()).contains("Ada Lovelace").contains("Grace Hopper").doesNotContain("Alan Turing");

		// The same people again, from a German file, only filling what is empty.
		Path again = Files.createTempFile("leute-", ".csv");
		Files.writeString(again, """
				Vorname;Nachname;E-Mail-Adresse;Shoe size;Firma;Mobile
				Adelheid;Lovelace;ada@example.com;40;Analytical Engines;+1 415 555 0101
				""");
		open("/imports");
		browser.findElement(By.id("file")).sendKeys(again.toAbsolutePath().toString());
		click(By.cssSelector("[data-testid=upload-form] button[type=submit]"));
		assertThat(new Select(visible(By.cssSelector("select[data-column='Vorname']"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("firstName");
		assertThat(new Select(browser.findElement(By.cssSelector("select[data-column='Shoe size']"))).getFirstSelectedOption()
			.getAttribute("value")).as("the field made by the first import").isEqualTo("cf.shoe_size");
		click(By.cssSelector("[data-testid=fill-empty-only]"));
		click(By.cssSelector("[data-testid=bad-values-skip_field]"));
		click(By.cssSelector("[data-testid=start-import]"));
		waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=import-status]"), "Completed"));
		assertThat(browser.findElement(By.cssSelector("[data-testid=total-updated]")).getText()).isEqualTo("1");
		open("/contacts?q=ada@example.com");
		waitForRows(1);
		assertThat(browser.getPageSource()).contains("Ada Lovelace").doesNotContain("Adelheid").contains("Analytical Engines");
	}

	/**
	 * Under load the browser was once read while the list was still arriving (the count in, the first row's name not
	 * yet): wait until every row has its name.
	 */
	private void waitForRows(int rows) {
		waiting().until(driver -> {
			var names = driver.findElements(By.cssSelector("[data-testid=contact-row] .cell-name"));
			return names.size() == rows && names.stream().noneMatch(name -> name.getText().isBlank());
		});
	}
}
