package com.growthhub.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.IdentityTestSupport;

/**
 * The onboarding journey in headless Chromium: an agency creates a client on its page; the client opens the emailed
 * link, sets a password, saves a step, continues in another browser where the wizard resumes, completes, and lands in
 * the portal seeing only its own account; the agency sees the progress and reveals a credential.
 */
class OnboardingBrowserTests extends BrowserTestSupport {

	static final String SECRET = "Wp-Admin-Pass-4321";

	@Test
	void anAgencyCreatesAClientWhoCompletesOnboardingFromTheEmailedLink() throws Exception {
		String owner = IdentityTestSupport.uniqueEmail("agency-browser");
		registerVerified(owner);
		String agencyAccess = accounts().accessToken(owner);
		String other = "Other Client " + IdentityTestSupport.uniqueEmail("x").substring(2, 10);
		assertThat(accounts().api().post("/api/v1/onboarding/clients", Map.of("name", other, "clientType", "medical",
				"contactName", "Olga Other", "contactEmail", IdentityTestSupport.uniqueEmail("olga"), "services",
				List.of("seo")), agencyAccess).status()).isEqualTo(201);

		WebDriver agency = browser;
		signIn(owner);
		open("/onboarding");
		String account = "Sunny Smiles " + IdentityTestSupport.uniqueEmail("s").substring(2, 8);
		String contact = IdentityTestSupport.uniqueEmail("sunny");
		type(By.id("name"), account);
		type(By.id("clientType"), "medical");
		type(By.id("contactName"), "Sunny Day");
		type(By.id("contactEmail"), contact);
		type(By.id("services"), "seo, google_ads");
		click(By.cssSelector("[data-testid=onboarding-create] button[type=submit]"));
		waiting().until(driver -> URI.create(driver.getCurrentUrl()).getPath().matches("/onboarding/clients/[0-9a-f-]{36}"));
		String clientPage = URI.create(agency.getCurrentUrl()).getPath();
		assertThat(textOf(By.cssSelector("[data-testid=onboarding-link-state]"))).contains("active");

		// The client follows the emailed link and sets a password: signed in at once, on to the next step.
		String link = URI.create(mailbox().latestLink(contact, "onboarding-invite")).getPath();
		WebDriver first = newBrowser();
		browser = first;
		open(link);
		type(By.id("phone"), "+1 415 555 0123");
		click(By.id("pref-email"));
		type(By.id("password"), PASSWORD);
		click(By.cssSelector("[data-testid=onboarding-profile] button[type=submit]"));
		waitForPath("/onboarding/me");
		assertThat(currentStep()).isEqualTo("services");
		click(By.id("services-seo"));
		click(By.cssSelector("[data-testid=wizard-save]"));
		waiting().until(driver -> "brand".equals(currentStep()));

		open(link);
		assertThat(visible(By.cssSelector("[data-testid=onboarding-refused]")).getAttribute("data-state")).isEqualTo("consumed");

		// Another browser: signing in, the wizard resumes where the client left it.
		browser = newBrowser();
		signInAsClient(contact);
		open("/onboarding/me");
		assertThat(currentStep()).isEqualTo("brand");
		type(By.id("colors"), "#1d4ed8, #F59E0B");
		click(By.cssSelector("[data-testid=wizard-save]"));
		waiting().until(driver -> "website".equals(currentStep()));
		type(By.id("url"), "https://sunny.example");
		new Select(visible(By.id("cmsType"))).selectByValue("wordpress");
		type(By.id("adminPassword"), SECRET);
		click(By.cssSelector("[data-testid=wizard-save]"));
		waiting().until(driver -> "ga4".equals(currentStep()));
		assertThat(browser.getPageSource()).doesNotContain(SECRET);

		click(By.cssSelector("[data-testid=wizard-complete]"));
		assertThat(visible(By.cssSelector("[data-testid=onboarding-done]")).getAttribute("data-celebrate")).isEqualTo("true");
		assertThat(mailbox().count(contact, "onboarding-complete")).isEqualTo(1);
		click(By.cssSelector("[data-testid=onboarding-portal]"));
		waitForPath("/portal");
		assertThat(textOf(By.cssSelector("[data-testid=portal-account]"))).isEqualTo(account);
		assertThat(browser.getPageSource()).doesNotContain(other);

		// The agency sees the completion and reveals the website password.
		browser = agency;
		open(clientPage);
		visible(By.cssSelector("[data-testid=onboarding-completed]"));
		assertThat(textOf(By.cssSelector("[data-testid=onboarding-credentials]"))).contains("••••4321").doesNotContain(SECRET);
		click(By.cssSelector("[data-testid=onboarding-credentials] button[type=submit]"));
		assertThat(textOf(By.cssSelector("[data-testid=onboarding-revealed]"))).isEqualTo(SECRET);
	}

	private String currentStep() {
		return visible(By.cssSelector("[data-testid=wizard-current-step]")).getAttribute("data-step");
	}

	/** The client's first sign-in from this browser: password, then the code emailed to a new device. */
	private void signInAsClient(String email) {
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		click(By.cssSelector("form[action='/login'] button[type=submit]"));
		waitForPath("/login/verify");
		type(By.id("code"), mailbox().latestCode(email, "sign-in-code"));
		click(By.cssSelector("form[action='/login/verify'] button[type=submit]"));
		waiting().until(driver -> !URI.create(driver.getCurrentUrl()).getPath().startsWith("/login"));
	}
}
