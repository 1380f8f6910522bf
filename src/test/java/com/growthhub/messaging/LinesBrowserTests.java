package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.growthhub.BrowserTestSupport;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * An owner activates a line allowed two messages a day in Settings › Lines, opens a conversation on it with a contact,
 * writes once more, and the third message is refused with the page saying which limit was reached.
 */
class LinesBrowserTests extends BrowserTestSupport {

	@Test
	void aConversationOnALineStopsAtTheDailyLimitAndSaysSo() {
		String ownerEmail = IdentityTestSupport.uniqueEmail("lines-browser");
		registerVerified(ownerEmail);
		String token = accounts().accessToken(ownerEmail);
		ApiClient api = new ApiClient(port);
		String ownerId = api.get("/api/v1/me", token).text("id");
		api.post("/api/v1/lines", Map.of("assignedUserId", ownerId, "displayName", "Front desk", "phoneNumber",
				LineFixtures.number(), "dailyMessagesLimit", 2), token);
		api.post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Grace", "lastName", "Hopper")), token);

		signIn(ownerEmail);
		open("/settings/lines");
		assertThat(textOf(By.cssSelector("[data-testid=line-status]"))).isEqualTo("Provisioning");
		click(By.cssSelector("[data-testid=activate-line]"));
		waiting().until(driver -> "Active".equals(textOf(By.cssSelector("[data-testid=line-status]"))));

		click(By.cssSelector("[data-testid=nav-conversations]"));
		pickContact("start-contact", "Grace", "Grace Hopper");
		type(By.id("start-text"), "Hello Grace, thanks for stopping by");
		click(By.cssSelector("[data-testid=send-first]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/conversations/[0-9a-f-]{36}$"));
		assertThat(textOf(By.cssSelector("[data-testid=conversation-contact]"))).isEqualTo("Grace Hopper");

		type(By.id("reply-text"), "Would Friday suit you?");
		click(By.cssSelector("[data-testid=send-reply]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=message]")).size() == 2);
		assertThat(textOf(By.cssSelector("[data-testid=line-usage]"))).startsWith("2 / 2 messages");

		type(By.id("reply-text"), "One more thing");
		click(By.cssSelector("[data-testid=send-reply]"));
		waiting().until(driver -> !driver.findElements(By.cssSelector("#flash .alert-danger")).isEmpty());
		assertThat(textOf(By.cssSelector("#flash .alert-danger"))).contains("daily limit of 2 messages")
			.contains("resets at midnight");
		assertThat(browser.findElements(By.cssSelector("[data-testid=message]"))).hasSize(2);
		assertThat(browser.findElement(By.id("reply-text")).getAttribute("value")).isEqualTo("One more thing");

		open("/settings/lines");
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=line-usage]")).startsWith("2 / 2 messages"));
	}
}
