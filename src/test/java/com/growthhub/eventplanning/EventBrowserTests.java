package com.growthhub.eventplanning;

import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.growthhub.BrowserTestSupport;

/** An event from its form to its analytics, through the pages in headless Chromium. */
class EventBrowserTests extends BrowserTestSupport {

	@Test
	void createsAnEventWithAnAgendaChecksOneAttendeeInByCodeAndShowsTheAnalytics() {
		String email = uniqueEmail("planner");
		registerVerified(email);
		signIn(email);

		click(By.cssSelector("[data-testid=nav-events]"));
		waitForPath("/events");
		click(By.cssSelector("[data-testid=new-event]"));
		type(By.id("title"), "Founders Dinner");
		type(By.id("venue"), "Harbour Hall");
		type(By.id("capacity"), "20");
		type(By.id("budget"), "1,500.00");
		click(By.cssSelector("[data-testid=save-event]"));
		waiting().until(driver -> driver.getCurrentUrl().matches(".*/events/[0-9a-f-]{36}$"));
		assertThat(textOf(By.cssSelector("[data-testid=event-title]"))).isEqualTo("Founders Dinner");
		assertThat(textOf(By.cssSelector("[data-testid=event-status]"))).isEqualTo("Draft");

		type(By.id("agenda-title"), "Welcome drinks");
		type(By.id("agenda-room"), "Terrace");
		click(By.cssSelector("[data-testid=add-agenda]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=agenda-item]")).size() == 1);
		assertThat(textOf(By.cssSelector("[data-testid=agenda-item]"))).contains("Welcome drinks", "Terrace");

		click(By.cssSelector("[data-testid=move-published]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=event-status]")).equals("Published"));

		String guest = uniqueEmail("guest");
		addPerson("Ada", "Lovelace", guest);
		addPerson("Alan", "Turing", uniqueEmail("alan"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=attendee-row]")).size() == 2);
		assertThat(textOf(By.cssSelector("[data-testid=event-seats]"))).contains("2 of 20 taken");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mailbox().count(guest, "event-invitation")).isEqualTo(1));
		String code = mailbox().latestLink(guest, "event-invitation", "/event-passes/").replaceAll(".*/event-passes/", "");

		click(By.cssSelector("[data-testid=check-in-link]"));
		type(By.cssSelector("[data-testid=code-input]"), code);
		click(By.cssSelector("[data-testid=code-submit]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=scan-outcome]")).equals("Ada Lovelace checked in."));
		assertThat(textOf(By.cssSelector("[data-figure=attended]"))).isEqualTo("1");

		type(By.cssSelector("[data-testid=code-input]"), code);
		click(By.cssSelector("[data-testid=code-submit]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=scan-outcome]")).startsWith("Ada Lovelace: already checked in at"));

		type(By.cssSelector("[data-testid=attendee-search]"), "tur");
		click(By.cssSelector("[data-testid=check-in-button]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=scan-outcome]")).equals("Alan Turing checked in."));

		open(java.net.URI.create(browser.getCurrentUrl()).getPath().replace("/check-in", "/analytics"));
		assertThat(textOf(By.cssSelector("[data-figure=registered]"))).isEqualTo("2");
		assertThat(textOf(By.cssSelector("[data-figure=attended]"))).isEqualTo("2");
		assertThat(textOf(By.cssSelector("[data-figure=attendance-rate]"))).isEqualTo("100.0 %");
		assertThat(browser.findElements(By.cssSelector("[data-testid=chart]"))).hasSize(1);

		open("/events/calendar?date=" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(7));
		waiting().until(driver -> driver.findElements(By.cssSelector("#event-calendar .fc-event")).stream()
			.anyMatch(entry -> entry.getText().contains("Founders Dinner")));
		click(By.cssSelector("#event-calendar .fc-timeGridWeek-button"));
		waiting().until(driver -> !driver.findElements(By.cssSelector("#event-calendar .fc-timegrid")).isEmpty());
	}

	private void addPerson(String first, String last, String email) {
		type(By.id("attendee-first"), first);
		type(By.id("attendee-last"), last);
		type(By.id("attendee-email"), email);
		click(By.cssSelector("[data-testid=add-person]"));
		waiting().until(driver -> driver.findElements(By.cssSelector("[data-testid=attendee-row]")).stream()
			.anyMatch(row -> row.getText().contains(first + " " + last)));
	}
}
