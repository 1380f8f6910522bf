package com.growthhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;

/**
 * The pages people live in fit the window: at 1440 px nothing is clipped (no table needs a sideways scroll bar and
 * the board's last column can be reached whole), and at 390 px (a phone) no page scrolls sideways, tables turning
 * into one card per row.
 */
class LayoutBrowserTests extends BrowserTestSupport {

	private static final List<String> TABLE_PAGES = List.of("/contacts", "/settings/email-log",
			"/settings/members", "/settings/audit-log", "/journeys", "/imports");

	@Test
	void tablesFitAWideScreenAndTurnIntoCardsOnAPhone() throws Exception {
		String email = "layout-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		registerVerified(email);
		String token = accounts().accessToken(email);
		ApiClient api = new ApiClient(port);
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Maximiliane-Alexandra", "lastName", "Wolkenstein-Rodenegg " + i,
					"email", "maximiliane.alexandra.wolkenstein" + i + "@a-rather-long-company-domain.example.com",
					"phone", "+49 30 1234567" + i, "company", "Wolkenstein Rodenegg Consulting International GmbH",
					"jobTitle", "Head of Strategic Partnerships and Business Development")), token);
		}
		signIn(email);

		browser.manage().window().setSize(new Dimension(1440, 900));
		for (String page : TABLE_PAGES) {
			open(page);
			screenshot("wide" + page.replace('/', '-'));
			assertThat(sidewaysOverflow()).as("page %s scrolls sideways at 1440 px", page).isZero();
			assertThat(clippedTables()).as("tables clipped on %s at 1440 px", page).isEmpty();
		}
		open("/settings/email-log");
		assertThat(textOf(By.cssSelector("[data-testid=email-recipient-name]"))).as("the log names the recipient")
			.isEqualTo("Sam Seller");
		open("/deals");
		screenshot("wide-deals");
		assertThat(sidewaysOverflow()).as("the deals board page scrolls sideways as a whole at 1440 px").isZero();
		assertThat(lastBoardColumnReachable()).as("the board's last column can be scrolled into view whole").isTrue();

		browser.manage().window().setSize(new Dimension(390, 844));
		for (String page : TABLE_PAGES) {
			open(page);
			screenshot("phone" + page.replace('/', '-'));
			assertThat(sidewaysOverflow()).as("page %s scrolls sideways at 390 px past %s", page, widest()).isZero();
			assertThat(clippedTables()).as("tables clipped on %s at 390 px", page).isEmpty();
		}
		open("/contacts");
		waiting().until(driver -> ((JavascriptExecutor) browser)
			.executeScript("return document.querySelector('[data-testid=contact-row] td[data-label]')") != null);
		assertThat(((JavascriptExecutor) browser).executeScript("""
				const cell = document.querySelector('[data-testid=contact-row] td:nth-child(2)');
				return cell ? getComputedStyle(cell, '::before').content : null;""")).as("a card labels its values")
			.asString().isNotIn("none", "normal", "\"\"");
		assertThat(browser.findElements(By.cssSelector("[data-testid=contact-row]"))).hasSize(3);
	}

	/** How far the page as a whole reaches past the window's right edge. */
	private long sidewaysOverflow() {
		return (Long) ((JavascriptExecutor) browser)
			.executeScript("return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
	}

	/** The deepest elements reaching past the window's right edge, to name in a failure. */
	private Object widest() {
		return ((JavascriptExecutor) browser).executeScript("""
				const width = document.documentElement.clientWidth;
				const scrolls = e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX);
				const inScroller = e => { for (let p = e.parentElement; p; p = p.parentElement) if (scrolls(p)) return true; return false; };
				return [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > width + 1 && e.children.length === 0 && !inScroller(e))
				  .slice(0, 5)
				  .map(e => e.tagName + '.' + e.className + ' "' + e.textContent.trim().slice(0, 30) + '" right='
				    + Math.round(e.getBoundingClientRect().right));""");
	}

	/** The tables whose content is wider than the box that shows them, by their first heading. */
	@SuppressWarnings("unchecked")
	private List<String> clippedTables() {
		return (List<String>) ((JavascriptExecutor) browser).executeScript("""
				return [...document.querySelectorAll('.table-card')]
				  .filter(box => box.scrollWidth > box.clientWidth + 1)
				  .map(box => (box.querySelector('th, td')?.textContent || '?').trim() + ' (' + box.scrollWidth + ' > '
				    + box.clientWidth + ')');""");
	}

	private boolean lastBoardColumnReachable() {
		return (Boolean) ((JavascriptExecutor) browser).executeScript("""
				const columns = document.querySelectorAll('[data-testid=board-column]');
				if (columns.length === 0) return false;
				const last = columns[columns.length - 1];
				last.scrollIntoView({block: 'nearest', inline: 'end'});
				const box = last.getBoundingClientRect();
				return box.right <= document.documentElement.clientWidth + 1 && box.left >= 0;""");
	}

	/** Kept under target/ to look at when a layout assertion fails. */
	private void screenshot(String name) throws Exception {
		Path dir = Path.of("target", "layout-screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}
}
