package com.growthhub.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import com.growthhub.BrowserTestSupport;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;

/** Ctrl-K from any page, a few letters, arrow down, Enter: the contact opens. */
class GlobalSearchBrowserTests extends BrowserTestSupport {

	@Test
	void opensTheFirstMatchingContactFromThePaletteWithTheKeyboardOnly() {
		String email = "palette-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		registerVerified(email);
		String token = accounts().accessToken(email);
		String ada = new ApiClient(port).post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada", "lastName", "Quasimodo")), token)
			.text("id");
		signIn(email);

		open("/journeys");
		pressUntilThePaletteHasFocus(() -> new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL)
			.perform());
		browser.switchTo().activeElement().sendKeys("quasi");
		waiting().until(driver -> browser.findElements(By.cssSelector("#search-results [data-search-hit]")).size() == 1);
		assertThat(textOf(By.cssSelector("#search-results [data-search-hit]"))).isEqualTo("Ada Quasimodo");
		browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		waitForPath("/contacts/" + ada);

		pressUntilThePaletteHasFocus(() -> new Actions(browser).sendKeys("/").perform());
		browser.switchTo().activeElement().sendKeys("no such thing at all", Keys.ENTER);
		waitForPath("/search");
		assertThat(textOf(By.cssSelector("[data-testid=search-none]"))).contains("no such thing at all");
	}

	/**
	 * The shortcut listener is attached by a deferred script: a key pressed before it runs is lost. So the key is
	 * pressed again while the palette is still closed, never while it opens (a second "/" would land in its field).
	 */
	private void pressUntilThePaletteHasFocus(Runnable shortcut) {
		waiting().until(driver -> {
			if (browser.findElement(By.id("search-q")).equals(browser.switchTo().activeElement())) {
				return true;
			}
			String palette = browser.findElement(By.id("search-palette")).getAttribute("class");
			if (palette == null || !palette.contains("show")) {
				shortcut.run();
			}
			return false;
		});
	}
}
