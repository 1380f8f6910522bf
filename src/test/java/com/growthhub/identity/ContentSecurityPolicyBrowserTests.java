package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.growthhub.BrowserTestSupport;

/**
 * The browser enforces the policy (a script that got into a page inline does not run, and says so), and the
 * pages that had inline behaviour, or that come from a library (Swagger UI), still work under it.
 */
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

	@Test
	void thePipelinePickerSwitchesBoardsFromScriptServedHere() {
		String email = IdentityTestSupport.uniqueEmail("picker");
		registerVerified(email);
		String token = accounts().accessToken(email);
		String events = new ApiClient(port).post("/api/v1/pipelines", Map.of("name", "Events", "template", "default"), token)
			.text("id");
		signIn(email);
		open("/deals");
		new Select(visible(By.cssSelector("[data-testid=pipeline-picker]"))).selectByVisibleText("Events");
		waiting().until(driver -> driver.getCurrentUrl().contains("pipeline=" + events));
	}

	@Test
	void swaggerUiWorksUnderThePolicy() {
		open("/swagger-ui/index.html");
		// The first /v3/api-docs of a context builds the whole description: on a busy machine that alone takes longer
		// than the usual patience.
		new WebDriverWait(browser, Duration.ofMinutes(2))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock")));
	}
}
