package com.growthhub.scheduling.internal.invites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.scheduling.internal.invites.AppointmentCalendarFile.Invite;
import com.growthhub.scheduling.internal.invites.AppointmentCalendarFile.Person;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

class AppointmentCalendarFileTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private final AppointmentCalendarFile files = new AppointmentCalendarFile();
	private final UUID appointment = UUID.randomUUID();

	private Invite invite(Instant start, ZoneId zone, int sequence, boolean cancel) {
		return new Invite(appointment, "Sales call, 30 min", start, start.plusSeconds(1800), zone, sequence, cancel,
				new Person("Rita Rep", "rita@example.com"), new Person("Vic Visitor", "vic@example.org"), "Talk soon",
				"https://growthhub.example/appointments/manage/abc", Instant.parse("2026-03-01T10:15:30.123Z"));
	}

	private static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static String value(Calendar calendar, String property) {
		return calendar.getComponent("VEVENT").orElseThrow().getProperty(property).map(Property::getValue).orElseThrow();
	}

	private static ZonedDateTime start(Calendar calendar) {
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		DtStart<Temporal> start = event.getDateTimeStart();
		return ZonedDateTime.from(start.getDate());
	}

	@Test
	void aRequestCarriesTheStableUidSequenceAndBothPeople() throws Exception {
		Calendar calendar = parse(files.write(invite(Instant.parse("2026-03-10T14:00:00Z"), BERLIN, 0, false)));
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
		assertThat(value(calendar, "UID")).isEqualTo(appointment + "@appointments.growthhub");
		assertThat(value(calendar, "SEQUENCE")).isEqualTo("0");
		assertThat(value(calendar, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(calendar, "ORGANIZER")).isEqualTo("mailto:rita@example.com");
		assertThat(value(calendar, "ATTENDEE")).isEqualTo("mailto:vic@example.org");
		assertThat(value(calendar, "DTSTAMP")).isEqualTo("20260301T101530Z");
		assertThat(calendar.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Berlin");
	}

	@Test
	void aRescheduleKeepsTheUidWithTheNextSequenceAndACancelSaysCancel() throws Exception {
		Calendar moved = parse(files.write(invite(Instant.parse("2026-03-11T14:00:00Z"), BERLIN, 1, false)));
		Calendar cancelled = parse(files.write(invite(Instant.parse("2026-03-11T14:00:00Z"), BERLIN, 2, true)));
		assertThat(value(moved, "UID")).isEqualTo(value(cancelled, "UID")).isEqualTo(appointment + "@appointments.growthhub");
		assertThat(value(moved, "SEQUENCE")).isEqualTo("1");
		assertThat(cancelled.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(value(cancelled, "SEQUENCE")).isEqualTo("2");
		assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
	}

	@Test
	void timesStayRightAcrossDaylightSavingChanges() throws Exception {
		// Berlin springs forward on 29 March 2026: 09:00 local is 08:00Z the day before and 07:00Z on the day.
		Calendar before = parse(files.write(invite(Instant.parse("2026-03-28T08:00:00Z"), BERLIN, 0, false)));
		Calendar after = parse(files.write(invite(Instant.parse("2026-03-29T07:00:00Z"), BERLIN, 0, false)));
		assertThat(start(before).toLocalTime()).isEqualTo(start(after).toLocalTime()).hasToString("09:00");
		assertThat(start(before).toInstant()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
		assertThat(start(after).toInstant()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
		assertThat(files.write(invite(Instant.parse("2026-03-29T07:00:00Z"), BERLIN, 0, false)))
			.contains("DTSTART;TZID=Europe/Berlin:20260329T090000");

		// New York falls back on 1 November 2026: 10:00 local is 14:00Z before and 15:00Z after.
		Calendar fallBack = parse(files.write(invite(Instant.parse("2026-11-01T15:00:00Z"), NEW_YORK, 0, false)));
		assertThat(start(fallBack).toLocalTime()).hasToString("10:00");
		assertThat(start(fallBack).toInstant()).isEqualTo(Instant.parse("2026-11-01T15:00:00Z"));
		assertThat(files.write(invite(Instant.parse("2026-11-01T15:00:00Z"), NEW_YORK, 0, false)))
			.contains("TZID:America/New_York", "DTSTART;TZID=America/New_York:20261101T100000");
	}
}
