package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.growthhub.BrowserTestSupport;

/** A newcomer signs up, confirms the address, signs in from a new device and signs out, all in the browser. */
class SignUpJourneyBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "correct horse battery";

	@Test
	void signsUpVerifiesSignsInAndSignsOut() {
		String email = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String organization = "Hopper Analytics " + email.substring(6, 14);

		open("/register");
		type(By.id("firstName"), "Grace");
		type(By.id("lastName"), "Hopper");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		type(By.id("organizationName"), organization);
		click(By.cssSelector("form[action='/register'] button[type=submit]"));

		waitForPath("/verify");
		assertThat(visible(By.id("email")).getAttribute("value")).isEqualTo(email);
		String verificationCode = codeFromLocalMailbox(email);
		browser.navigate().back();
		type(By.id("code"), verificationCode);
		click(By.cssSelector("form[action='/verify'] button[type=submit]"));

		waitForPath("/login");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		click(By.cssSelector("form[action='/login'] button[type=submit]"));

		waitForPath("/login/verify");
		String signInCode = codeFromLocalMailbox(email);
		open("/login/verify");
		type(By.id("code"), signInCode);
		click(By.cssSelector("form[action='/login/verify'] button[type=submit]"));

		waitForPath("/");
		assertThat(textOf(By.cssSelector("[data-testid=welcome]"))).contains(organization);

		click(By.cssSelector("[data-testid=user-menu]"));
		click(By.cssSelector("[data-testid=sign-out]"));
		waitForPath("/login");
		assertThat(textOf(By.cssSelector("[data-testid=signed-out]"))).contains("You are signed out");
	}

	/** Reads the newest code sent to the address, as a person on this machine would. */
	private String codeFromLocalMailbox(String email) {
		open("/mailbox?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
		String code = textOf(By.cssSelector("[data-mail] [data-code]"));
		assertThat(code).matches("\\d{6}");
		return code;
	}
}
