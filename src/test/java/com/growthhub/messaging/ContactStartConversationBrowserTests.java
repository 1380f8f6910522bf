package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * From a contact's page a member starts a conversation on a line allowed one new conversation a day: the first opens
 * its thread, the second (from another contact's page) is refused in place with the daily limit, the text kept. And a
 * picture an admin uploads on the line's page shows in the line's conversations.
 */
class ContactStartConversationBrowserTests extends BrowserTestSupport {

	@Test
	void theContactPageStartsAConversationAndShowsTheDailyLimitInPlace() {
		String ownerEmail = IdentityTestSupport.uniqueEmail("contact-start");
		registerVerified(ownerEmail);
		String token = accounts().accessToken(ownerEmail);
		LineFixtures fixtures = new LineFixtures(new ApiClient(port), token);
		fixtures.activeLine(fixtures.me(token), Map.of("displayName", "Front desk", "dailyNewConversationsLimit", 1));
		String ada = fixtures.contact("Ada");
		String alan = fixtures.contact("Alan");

		signIn(ownerEmail);
		open("/contacts/" + ada);
		click(By.cssSelector("[data-testid=start-conversation]"));
		visible(By.id("contact-start-text"));
		assertThat(textOf(By.cssSelector("#contact-start-line option:checked"))).isEqualTo("Front desk");
		type(By.id("contact-start-text"), "Hello Ada, your order is ready");
		click(By.cssSelector("[data-testid=contact-send-first]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/conversations/[0-9a-f-]{36}$"));
		assertThat(textOf(By.cssSelector("[data-testid=message]"))).contains("Hello Ada, your order is ready");

		open("/contacts/" + alan);
		click(By.cssSelector("[data-testid=start-conversation]"));
		visible(By.id("contact-start-text"));
		type(By.id("contact-start-text"), "Hello Alan");
		click(By.cssSelector("[data-testid=contact-send-first]"));
		waiting().until(driver -> !driver.findElements(By.cssSelector("[data-testid=start-conversation-problem]")).isEmpty());
		assertThat(textOf(By.cssSelector("[data-testid=start-conversation-problem]")))
			.contains("daily limit of 1 new conversations").contains("resets at midnight");
		assertThat(browser.getCurrentUrl()).endsWith("/contacts/" + alan);
		assertThat(browser.findElement(By.id("contact-start-text")).getAttribute("value")).isEqualTo("Hello Alan");
	}

	@Test
	void aPictureUploadedOnTheLinePageShowsInItsConversations() throws IOException {
		String ownerEmail = IdentityTestSupport.uniqueEmail("line-picture");
		registerVerified(ownerEmail);
		String token = accounts().accessToken(ownerEmail);
		ApiClient api = new ApiClient(port);
		LineFixtures fixtures = new LineFixtures(api, token);
		String line = fixtures.activeLine(fixtures.me(token), Map.of("displayName", "Studio"));
		String conversation = api.post("/api/v1/conversations", Map.of("lineId", line, "contactId", fixtures.contact("Edsger"),
				"channel", "sms", "text", "Hello Edsger"), token).body().path("conversation").path("id").asString();
		Path picture = Files.createTempFile("line-picture", ".png");
		BufferedImage image = new BufferedImage(12, 12, BufferedImage.TYPE_INT_RGB);
		ImageIO.write(image, "png", picture.toFile());

		signIn(ownerEmail);
		open("/conversations/" + conversation);
		assertThat(browser.findElements(By.cssSelector("[data-testid=conversation-line-picture]"))).isEmpty();
		open("/settings/lines/" + line);
		browser.findElement(By.id("picture")).sendKeys(picture.toAbsolutePath().toString());
		click(By.cssSelector("[data-testid=upload-line-picture]"));
		waiting().until(driver -> !driver.findElements(By.cssSelector("[data-testid=line-picture]")).isEmpty());

		open("/conversations/" + conversation);
		WebElement shown = visible(By.cssSelector("[data-testid=conversation-line-picture]"));
		waiting().until(driver -> Long.valueOf(12).equals(((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : -1", shown)));
		Files.delete(picture);
	}
}
