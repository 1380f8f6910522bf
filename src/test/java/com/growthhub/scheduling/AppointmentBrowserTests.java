package com.growthhub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * A visitor in Tokyo (the browser's own zone; not Kolkata, which Chromium names by its old alias Asia/Calcutta) books a call on the public page of a rep in New York, opens the
 * reschedule link of the confirmation email, picks a new time shown in Tokyo time; the rep sees the moved appointment
 * on their calendar in New York time and marks it completed.
 */
class AppointmentBrowserTests extends BrowserTestSupport {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	@Test
	void aVisitorBooksReschedulesFromTheEmailedLinkAndTheRepSeesItOnTheirCalendar() {
		String repEmail = IdentityTestSupport.uniqueEmail("calendar-rep");
		registerVerified(repEmail);
		ApiClient api = accounts().api();
		String access = accounts().accessToken(repEmail);
		String repId = api.get("/api/v1/me", access).text("id");
		List<Map<String, String>> week = Arrays.stream(DayOfWeek.values())
			.map(day -> Map.of("day", day.name().toLowerCase(Locale.ROOT), "start", "09:00", "end", "17:00"))
			.toList();
		assertThat(api.exchange("PUT", "/api/v1/availability", Map.of("timeZone", NEW_YORK.getId(), "weeklyHours", week,
				"minimumNoticeMinutes", 60), access, Map.of()).status()).isEqualTo(200);
		String slug = "consult-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.post("/api/v1/booking-pages", Map.of("slug", slug, "title", "Consult call", "durationMinutes", 30,
				"repIds", List.of(repId)), access).status()).isEqualTo(201);

		((ChromeDriver) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", TOKYO.getId()));
		open("/book/" + slug);
		waiting().until(driver -> !driver.findElements(By.cssSelector("[data-testid=slot]")).isEmpty());
		click(By.cssSelector("[data-testid=slot]"));
		assertThat(textOf(By.cssSelector("[data-testid=booking-chosen]"))).as("the browser's zone, detected")
			.endsWith("Asia/Tokyo");
		String visitor = "nora-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		type(By.id("booking-name"), "Nora Tokyo");
		type(By.id("booking-email"), visitor);
		type(By.id("booking-phone"), "+12125550143");
		click(By.cssSelector("[data-testid=booking-submit]"));
		visible(By.cssSelector("[data-testid=booking-done]"));

		String link = mailbox().latestLink(visitor, "appointment");
		assertThat(link).contains("/appointments/manage/");
		browser.get(link);
		assertThat(textOf(By.cssSelector("[data-testid=manage-zone]"))).contains("Asia/Tokyo");
		By slots = By.cssSelector("[data-testid=manage-slot]");
		waiting().until(driver -> driver.findElements(slots).size() > 3);
		By pick = By.cssSelector("[data-testid=manage-slot]:nth-of-type(4)");
		Instant later = Instant.parse(visible(pick).getAttribute("data-slot"));
		assertThat(textOf(pick)).as("the slot's label is Tokyo time").isEqualTo(HOUR.format(later.atZone(TOKYO)));
		click(pick);
		assertThat(textOf(By.cssSelector("[data-testid=manage-result]"))).contains("has moved");

		signIn(repEmail);
		open("/scheduling/calendar?view=day&date=" + later.atZone(NEW_YORK).toLocalDate());
		assertThat(textOf(By.cssSelector("[data-testid=calendar-lead]"))).contains("America/New_York");
		By entry = By.cssSelector("[data-testid=calendar-appointment][data-status=scheduled]");
		assertThat(textOf(entry)).contains(HOUR.format(later.atZone(NEW_YORK)) + "–"
				+ HOUR.format(later.plus(30, ChronoUnit.MINUTES).atZone(NEW_YORK)), "Nora Tokyo", "Consult call");
		click(By.cssSelector("[data-testid=mark-completed]"));
		assertThat(textOf(By.cssSelector("[data-testid=calendar-appointment] [data-testid=appointment-status]")))
			.isEqualTo("Completed");
		assertThat(browser.findElements(By.cssSelector("[data-testid=mark-completed]"))).isEmpty();
	}
}
