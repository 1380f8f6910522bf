package com.growthhub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

import tools.jackson.databind.JsonNode;

/** A visitor books a call on the public page in headless Chromium, in a zone of their choosing, without signing in. */
class BookingBrowserTests extends BrowserTestSupport {

	@Test
	void visitorInSydneyBooksACallAndSeesItConfirmed() throws Exception {
		String owner = IdentityTestSupport.uniqueEmail("book-browser");
		registerVerified(owner);
		ApiClient api = accounts().api();
		String token = accounts().accessToken(owner);
		String ownerId = api.get("/api/v1/me", token).text("id");
		List<Map<String, String>> week = Arrays.stream(DayOfWeek.values())
			.map(day -> Map.of("day", day.name().toLowerCase(), "start", "09:00", "end", "17:00"))
			.toList();
		assertThat(api.exchange("PUT", "/api/v1/availability", Map.of("timeZone", "America/New_York", "weeklyHours", week,
				"minimumNoticeMinutes", 60), token, Map.of()).status()).isEqualTo(200);
		String slug = "intro-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.post("/api/v1/booking-pages", Map.of("slug", slug, "title", "Intro call", "durationMinutes", 30,
				"repIds", List.of(ownerId), "questions", List.of(Map.of("key", "goal", "label", "What is your goal?",
						"required", true))), token).status()).isEqualTo(201);

		open("/book/" + slug);
		assertThat(textOf(By.cssSelector("[data-testid=booking-title]"))).isEqualTo("Intro call");
		waiting().until(driver -> !driver.findElements(By.cssSelector("[data-testid=slot]")).isEmpty());
		new Select(visible(By.id("booking-zone"))).selectByValue("Australia/Sydney");
		waiting().until(driver -> !driver.findElements(By.cssSelector("[data-testid=slot]")).isEmpty());
		click(By.cssSelector("[data-testid=slot]"));
		String chosen = textOf(By.cssSelector("[data-testid=booking-chosen]"));
		assertThat(chosen).endsWith("Australia/Sydney");
		type(By.id("booking-name"), "Ada Lovelace");
		type(By.id("booking-email"), "ada-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com");
		type(By.id("q-goal"), "More clients");
		click(By.cssSelector("[data-testid=booking-submit]"));

		assertThat(textOf(By.cssSelector("[data-testid=booking-done-when]"))).isEqualTo(chosen);
		JsonNode appointment = api.get("/api/v1/appointments", token).body().path("items").get(0);
		assertThat(appointment.path("timeZone").asString()).isEqualTo("Australia/Sydney");
		String local = Instant.parse(appointment.path("start").asString()).atZone(ZoneId.of("Australia/Sydney"))
			.toLocalTime().toString();
		assertThat(chosen).contains(local);
		assertThat(appointment.path("answers").path("goal").asString()).isEqualTo("More clients");
	}
}
