package com.growthhub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.growthhub.BrowserTestSupport;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

/**
 * A visitor in New York (the browser's zone too) opens the reschedule link of their confirmation email, picks a new
 * time shown in their zone, and the rep in Berlin sees the moved appointment on their calendar in Berlin time and marks
 * it completed.
 */
class AppointmentBrowserTests extends BrowserTestSupport {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aVisitorReschedulesFromTheEmailedLinkAndTheRepSeesItOnTheirCalendar() {
		String repEmail = com.growthhub.identity.IdentityTestSupport.uniqueEmail("calendar-rep");
		registerVerified(repEmail);
		String access = accounts().accessToken(repEmail);
		ApiClient.Response contact = new ApiClient(port).post("/api/v1/contacts",
				ContactMother.complete(Map.of("firstName", "Nora", "lastName", "Newyork")), access);
		assertThat(contact.status()).isEqualTo(201);
		UUID[] ids = new UUID[2];
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> {
			ids[0] = jdbc.sql("select id from users where email = ?").param(repEmail).query(UUID.class).single();
			ids[1] = jdbc.sql("select organization_id from memberships where user_id = ?").param(ids[0]).query(UUID.class).single();
		});
		OrganizationId organization = OrganizationId.of(ids[1]);
		AppointmentFixtures fixtures = new AppointmentFixtures(jdbc, transactions, events);
		UUID page = fixtures.page(organization, ids[0], BERLIN.getId());
		Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		fixtures.book(organization, page, ids[0], UUID.fromString(contact.text("id")), start, NEW_YORK);

		((ChromeDriver) browser).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", NEW_YORK.getId()));
		String link = mailbox().latestLink(contact.text("email"), "appointment");
		assertThat(link).contains("/appointments/manage/");
		browser.get(link);
		assertThat(textOf(By.cssSelector("[data-testid=manage-zone]"))).contains("America/New_York");
		assertThat(textOf(By.cssSelector("[data-testid=manage-when]")))
			.contains(HOUR.format(start.atZone(NEW_YORK)) + "–" + HOUR.format(start.plus(30, ChronoUnit.MINUTES).atZone(NEW_YORK)));

		Instant later = start.plus(1, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS);
		By slot = By.cssSelector("[data-testid=manage-slot][data-slot='" + later + "']");
		assertThat(textOf(slot)).as("the slot's label is New York time").isEqualTo(HOUR.format(later.atZone(NEW_YORK)));
		click(slot);
		assertThat(textOf(By.cssSelector("[data-testid=manage-result]"))).contains("has moved");

		signIn(repEmail);
		open("/scheduling/calendar?view=day&date=" + later.atZone(BERLIN).toLocalDate());
		assertThat(textOf(By.cssSelector("[data-testid=calendar-lead]"))).contains("Europe/Berlin");
		By entry = By.cssSelector("[data-testid=calendar-appointment]");
		assertThat(textOf(entry)).contains(HOUR.format(later.atZone(BERLIN)) + "–"
				+ HOUR.format(later.plus(30, ChronoUnit.MINUTES).atZone(BERLIN)), "Nora Newyork", "Scheduled");
		click(By.cssSelector("[data-testid=mark-completed]"));
		assertThat(textOf(By.cssSelector("[data-testid=appointment-status]"))).isEqualTo("Completed");
		assertThat(browser.findElements(By.cssSelector("[data-testid=mark-completed]"))).isEmpty();
	}
}
