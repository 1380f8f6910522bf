package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import com.growthhub.BrowserTestSupport;

/** The browser enforces the policy: a script that got into a page inline does not run, and says so. */
class ContentSecurityPolicyBrowserTests extends BrowserTestSupport {

	@Test
	void anInjectedInlineScriptIsRefused() {
		open("/login");
		JavascriptExecutor page = (JavascriptExecutor) browser;
		page.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
				+ " document.body.appendChild(s);");

		assertThat(page.executeScript("return window.injected === true")).isEqualTo(false);
		// Reading the log empties it, so the check every browser test ends with sees no violation.
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
			.anySatisfy(message -> assertThat(message).contains("Content Security Policy"));
	}
}
