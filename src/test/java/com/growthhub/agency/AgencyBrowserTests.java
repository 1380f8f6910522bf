package com.growthhub.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/** In headless Chromium: an agency owner opens a client account from the hub and goes back through the switcher. */
class AgencyBrowserTests extends BrowserTestSupport {

	@Test
	void anAgencyOwnerSwitchesIntoAClientAccountAndBack() throws Exception {
		String owner = IdentityTestSupport.uniqueEmail("agency-browser");
		registerVerified(owner);
		String token = accounts().accessToken(owner);
		ApiClient api = accounts().api();
		String agencyName = api.get("/api/v1/organization", token).text("name");
		String account = api.post("/api/v1/accounts", Map.of("name", "Alpha Dental", "clientType", "medical",
				"services", List.of("seo"), "contactName", "Dana Smile",
				"contactEmail", IdentityTestSupport.uniqueEmail("dana")), token).text("id");

		signIn(owner);
		click(By.cssSelector("[data-testid=nav-agency]"));
		waitForPath("/agency");
		assertThat(textOf(By.cssSelector("[data-testid=agency-hub] tbody"))).contains("Alpha Dental");
		assertThat(textOf(By.cssSelector("[data-testid=total-accounts]"))).isEqualTo("1");

		click(By.cssSelector("[data-testid='open-" + account + "']"));
		waiting().until(driver -> textOf(By.cssSelector(".org-switcher .org-name")).equals("Alpha Dental"));
		assertThat(browser.findElements(By.cssSelector("[data-testid=nav-agency]"))).isEmpty();

		click(By.cssSelector(".org-switcher .btn-org"));
		assertThat(textOf(By.cssSelector("[data-testid=switcher-client-accounts]"))).contains("Alpha Dental");
		click(By.xpath("//div[contains(@class,'org-switcher')]//form[not(ancestor::*[@data-testid='switcher-client-accounts'])]"
				+ "//button[.//span[normalize-space()='" + agencyName + "']]"));
		waiting().until(driver -> textOf(By.cssSelector(".org-switcher .org-name")).equals(agencyName));
		visible(By.cssSelector("[data-testid=nav-agency]"));
	}
}
