package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.masterclasses.LiveRoomFixtures.Registrant;
import com.growthhub.shared.OrganizationId;

/**
 * The live room in headless Chromium: two registrants join with their links, chat with each other, the host
 * moderates and pushes a "book your call" card from the console that appears in both rooms, and a registrant books
 * from it on the booking page with their name and email filled in.
 */
class LiveRoomBrowserTests extends BrowserTestSupport {

	@Test
	void twoViewersChatSeeTheHostsOfferAndBookACallFromTheRoom() throws Exception {
		String email = IdentityTestSupport.uniqueEmail("live-browser");
		registerVerified(email);
		ApiClient api = accounts().api();
		String token = accounts().accessToken(email);
		var me = api.get("/api/v1/me", token).body();
		OrganizationId organization = OrganizationId.of(UUID.fromString(me.path("organizationId").asString()));
		UUID host = UUID.fromString(me.path("id").asString());
		List<Map<String, String>> week = Arrays.stream(DayOfWeek.values())
			.map(day -> Map.of("day", day.name().toLowerCase(Locale.ROOT), "start", "09:00", "end", "17:00"))
			.toList();
		api.exchange("PUT", "/api/v1/availability", Map.of("timeZone", "UTC", "weeklyHours", week), token, Map.of());
		String bookingSlug = "strategy-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response page = api.post("/api/v1/booking-pages", Map.of("slug", bookingSlug, "title", "Strategy call",
				"durationMinutes", 30, "repIds", List.of(host.toString())), token);
		assertThat(page.status()).isEqualTo(201);

		LiveRoomFixtures fixtures = new LiveRoomFixtures(jdbc, transactions);
		UUID live = fixtures.masterclass(organization, host, "live", 10, UUID.fromString(page.text("id")));
		String slug = fixtures.slug(live);
		Registrant ada = fixtures.register(organization, live, "Ada Lovelace");
		Registrant bob = fixtures.register(organization, live, "Bob Stone");

		WebDriver adaRoom = newBrowser();
		WebDriver bobRoom = newBrowser();
		adaRoom.get(roomUrl(slug, ada));
		bobRoom.get(roomUrl(slug, bob));
		waiting(adaRoom).until(driver -> driver.findElement(By.cssSelector("[data-testid=live-status]")).getText().equals("Live"));
		waiting(bobRoom).until(driver -> !driver.findElement(By.cssSelector("[data-testid=live-viewers]")).getText().equals("0"));

		adaRoom.findElement(By.id("live-chat-input")).sendKeys("Hello from London!");
		adaRoom.findElement(By.cssSelector("[data-testid=live-chat-send]")).click();
		waiting(bobRoom).until(driver -> driver.findElement(By.id("live-messages")).getText().contains("Hello from London!"));
		adaRoom.findElement(By.id("live-chat-input")).sendKeys("visit www.spam-pills.com");
		adaRoom.findElement(By.cssSelector("[data-testid=live-chat-send]")).click();
		waiting(adaRoom).until(driver -> driver.findElement(By.cssSelector("[data-testid=live-chat-error]")).isDisplayed());

		// The host's console: the chat is there; deleting a message removes it from the rooms; a card goes out now.
		signIn(email);
		open("/masterclasses/" + live + "/console");
		waiting().until(driver -> driver.findElement(By.id("console-messages")).getText().contains("Hello from London!"));
		click(By.cssSelector("[data-testid=console-delete]"));
		waiting(bobRoom).until(driver -> !driver.findElement(By.id("live-messages")).getText().contains("Hello from London!"));
		new Select(visible(By.id("notify-kind"))).selectByValue("book_call");
		type(By.id("notify-text"), "Book your free strategy call now");
		click(By.cssSelector("[data-testid=notify-send]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=console-notification]")).size() == 1);

		for (WebDriver room : List.of(adaRoom, bobRoom)) {
			waiting(room).until(driver -> driver.findElements(By.cssSelector("[data-testid=live-card]")).stream()
				.anyMatch(card -> card.getText().contains("Book your free strategy call now")));
		}

		String roomWindow = bobRoom.getWindowHandle();
		bobRoom.findElement(By.cssSelector("[data-testid=live-card-action]")).click();
		waiting(bobRoom).until(driver -> driver.getWindowHandles().size() == 2);
		bobRoom.getWindowHandles().stream().filter(handle -> !handle.equals(roomWindow)).findFirst()
			.ifPresent(handle -> bobRoom.switchTo().window(handle));
		waiting(bobRoom).until(driver -> driver.getCurrentUrl().contains("/book/" + bookingSlug));
		waiting(bobRoom).until(driver -> "Bob Stone".equals(driver.findElement(By.id("booking-name")).getDomProperty("value")));
		assertThat(bobRoom.findElement(By.id("booking-email")).getDomProperty("value")).isEqualTo(bob.email());
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> fixtures.system(() -> jdbc
			.sql("select count(*) from masterclass_offer_clicks where registration_id = ?").param(bob.id()).query(Long.class)
			.single()) == 1);
	}

	private String roomUrl(String slug, Registrant registrant) {
		return "http://localhost:" + port + "/mc/" + slug + "/live?join=" + registrant.token();
	}
}
