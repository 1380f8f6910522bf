package com.growthhub.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Slots on the days clocks change: 2026's spring-forward and fall-back days in New York (8 March, 1 November) and
 * Berlin (29 March, 25 October) for reps, and Sydney's fall-back night (5 April) and Kolkata (no daylight saving) for
 * visitors.
 */
class SlotEngineDaylightSavingTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
	static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
	static final Duration HALF_HOUR = Duration.ofMinutes(30);
	static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void newYorkWorkingDayMovesAnHourEarlierInUtcOnSpringForward() {
		Availability rep = everyDay(NEW_YORK, "09:00", "17:00");

		List<Instant> saturday = slots(rep, "2026-03-07T00:00:00Z", "2026-03-08T00:00:00Z");
		List<Instant> sunday = slots(rep, "2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z");

		assertThat(saturday).hasSize(16).startsWith(at("2026-03-07T14:00:00Z")).endsWith(at("2026-03-07T21:30:00Z"));
		assertThat(sunday).hasSize(16).startsWith(at("2026-03-08T13:00:00Z")).endsWith(at("2026-03-08T20:30:00Z"));
		assertThat(VisitorCalendar.days(sunday, KOLKATA).getFirst().slots().getFirst())
			.as("a visitor in Kolkata sees 9:00 EDT at 18:30 IST")
			.isEqualTo(OffsetDateTime.parse("2026-03-08T18:30+05:30"));
	}

	@Test
	void newYorkNightRangeAcrossTheChangeIsAsLongAsItReallyIs() {
		Availability springNight = on(NEW_YORK, LocalDate.parse("2026-03-08"), "01:00", "04:00");
		Availability fallNight = on(NEW_YORK, LocalDate.parse("2026-11-01"), "01:00", "04:00");

		assertThat(slots(springNight, "2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z")).as("01:00 EST to 04:00 EDT: 2 hours")
			.containsExactly(at("2026-03-08T06:00:00Z"), at("2026-03-08T06:30:00Z"), at("2026-03-08T07:00:00Z"),
					at("2026-03-08T07:30:00Z"));
		assertThat(slots(fallNight, "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z")).as("01:00 EDT to 04:00 EST: 4 hours")
			.hasSize(8)
			.startsWith(at("2026-11-01T05:00:00Z"))
			.endsWith(at("2026-11-01T08:30:00Z"));
	}

	@Test
	void berlinWorkingDayFollowsTheClockOnBothChanges() {
		Availability rep = everyDay(BERLIN, "09:00", "17:00");

		assertThat(slots(rep, "2026-03-28T00:00:00Z", "2026-03-29T00:00:00Z")).startsWith(at("2026-03-28T08:00:00Z"));
		assertThat(slots(rep, "2026-03-29T00:00:00Z", "2026-03-30T00:00:00Z")).hasSize(16)
			.startsWith(at("2026-03-29T07:00:00Z"));
		assertThat(slots(rep, "2026-10-25T00:00:00Z", "2026-10-26T00:00:00Z")).hasSize(16)
			.startsWith(at("2026-10-25T08:00:00Z"))
			.endsWith(at("2026-10-25T15:30:00Z"));
	}

	@Test
	void berlinNightRangesStartingInTheGapOrTheRepeatedHour() {
		Availability gap = on(BERLIN, LocalDate.parse("2026-03-29"), "02:00", "04:00");
		Availability repeated = on(BERLIN, LocalDate.parse("2026-10-25"), "02:00", "04:00");

		assertThat(slots(gap, "2026-03-28T00:00:00Z", "2026-03-30T00:00:00Z"))
			.as("02:00 does not exist: the range starts at 03:00 CEST and lasts an hour")
			.containsExactly(at("2026-03-29T01:00:00Z"), at("2026-03-29T01:30:00Z"));
		assertThat(slots(repeated, "2026-10-24T00:00:00Z", "2026-10-26T00:00:00Z"))
			.as("from the first 02:00 (CEST) to 04:00 CET: 3 hours")
			.hasSize(6)
			.startsWith(at("2026-10-25T00:00:00Z"))
			.endsWith(at("2026-10-25T02:30:00Z"));
	}

	@Test
	void sydneyVisitorSeesTheRepeatedHourOfTheirFallBackNightAsDistinctSlots() {
		Availability rep = on(NEW_YORK, LocalDate.parse("2026-04-04"), "10:00", "13:00");
		LocalDate visitorDay = LocalDate.parse("2026-04-05");
		Instant from = VisitorCalendar.startOf(visitorDay, SYDNEY);
		Instant to = VisitorCalendar.endOf(visitorDay, SYDNEY);

		assertThat(Duration.between(from, to)).isEqualTo(Duration.ofHours(25));
		List<VisitorCalendar.Day> days = VisitorCalendar.days(
				SlotEngine.freeSlots(rep, List.of(), HALF_HOUR, HALF_HOUR, from, to, LONG_AGO), SYDNEY);

		assertThat(days).singleElement().satisfies(day -> {
			assertThat(day.date()).isEqualTo(visitorDay);
			assertThat(day.slots()).containsExactly(local("2026-04-05T01:00+11:00"), local("2026-04-05T01:30+11:00"),
					local("2026-04-05T02:00+11:00"), local("2026-04-05T02:30+11:00"), local("2026-04-05T02:00+10:00"),
					local("2026-04-05T02:30+10:00"));
		});
	}

	private static List<Instant> slots(Availability rep, String from, String to) {
		return SlotEngine.freeSlots(rep, List.of(), HALF_HOUR, HALF_HOUR, at(from), at(to), LONG_AGO);
	}

	static Availability everyDay(ZoneId zone, String start, String end) {
		List<WeeklyHours> weekly = Arrays.stream(DayOfWeek.values())
			.map(day -> new WeeklyHours(day, LocalTime.parse(start), LocalTime.parse(end)))
			.toList();
		return new Availability(UUID.randomUUID(), zone, weekly, List.of(), MeetingSettings.DEFAULT);
	}

	static Availability on(ZoneId zone, LocalDate date, String start, String end) {
		return new Availability(UUID.randomUUID(), zone, List.of(),
				List.of(new DateOverride(date, LocalTime.parse(start), LocalTime.parse(end))), MeetingSettings.DEFAULT);
	}

	static Instant at(String instant) {
		return Instant.parse(instant);
	}

	static OffsetDateTime local(String dateTime) {
		return OffsetDateTime.parse(dateTime);
	}
}
