package com.growthhub.scheduling.internal;

import static com.growthhub.scheduling.internal.SlotEngineDaylightSavingTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The rules besides the clock: overrides, buffers, minimum notice, the daily maximum, duration and step. */
class SlotEngineRulesTests {

	static final ZoneId UTC = ZoneId.of("UTC");
	static final Duration HALF_HOUR = Duration.ofMinutes(30);
	// Monday 2026-06-01
	static final Instant MONDAY = at("2026-06-01T00:00:00Z");
	static final Instant TUESDAY = at("2026-06-02T00:00:00Z");
	static final Instant LONG_AGO = at("2026-01-01T00:00:00Z");

	@Test
	void onlyTheWeekdaysWithHours() {
		Availability rep = mondays("09:00", "11:00", MeetingSettings.DEFAULT, List.of());

		assertThat(SlotEngine.freeSlots(rep, List.of(), HALF_HOUR, HALF_HOUR, MONDAY, MONDAY.plus(Duration.ofDays(7)),
				LONG_AGO)).containsExactly(at("2026-06-01T09:00:00Z"), at("2026-06-01T09:30:00Z"),
						at("2026-06-01T10:00:00Z"), at("2026-06-01T10:30:00Z"));
	}

	@Test
	void aDayOffOverrideRemovesTheDayAndExtraHoursReplaceIt() {
		LocalDate monday = LocalDate.parse("2026-06-01");
		Availability off = mondays("09:00", "11:00", MeetingSettings.DEFAULT, List.of(DateOverride.dayOff(monday)));
		Availability extra = mondays("09:00", "11:00", MeetingSettings.DEFAULT,
				List.of(new DateOverride(monday, LocalTime.parse("14:00"), LocalTime.parse("15:00")),
						new DateOverride(LocalDate.parse("2026-06-02"), LocalTime.parse("08:00"), LocalTime.parse("08:30"))));

		assertThat(slots(off, MONDAY, TUESDAY)).isEmpty();
		assertThat(slots(extra, MONDAY, TUESDAY.plus(Duration.ofDays(1)))).containsExactly(at("2026-06-01T14:00:00Z"),
				at("2026-06-01T14:30:00Z"), at("2026-06-02T08:00:00Z"));
	}

	@Test
	void durationMustFitAndStepSpacesStarts() {
		Availability rep = mondays("09:00", "11:00", MeetingSettings.DEFAULT, List.of());

		assertThat(SlotEngine.freeSlots(rep, List.of(), Duration.ofMinutes(45), Duration.ofMinutes(15), MONDAY, TUESDAY,
				LONG_AGO)).hasSize(6).startsWith(at("2026-06-01T09:00:00Z")).endsWith(at("2026-06-01T10:15:00Z"));
	}

	@Test
	void appointmentsBlockTheirTimeWithBuffersOnBothSides() {
		MeetingSettings buffers = new MeetingSettings(Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ZERO, null);
		Availability rep = mondays("09:00", "12:00", buffers, List.of());
		// 10:00–10:30 booked with the same buffers: blocks 09:45–10:45.
		Busy booked = new Busy(at("2026-06-01T09:45:00Z"), at("2026-06-01T10:45:00Z"), at("2026-06-01T10:00:00Z"));

		assertThat(SlotEngine.freeSlots(rep, List.of(booked), HALF_HOUR, Duration.ofMinutes(15), MONDAY, TUESDAY,
				LONG_AGO)).doesNotContain(at("2026-06-01T09:15:00Z"), at("2026-06-01T10:00:00Z"), at("2026-06-01T10:45:00Z"))
			.contains(at("2026-06-01T09:00:00Z"), at("2026-06-01T11:00:00Z"));
	}

	@Test
	void minimumNoticeHidesSlotsTooSoon() {
		MeetingSettings notice = new MeetingSettings(Duration.ZERO, Duration.ZERO, Duration.ofHours(2), null);
		Availability rep = mondays("09:00", "12:00", notice, List.of());

		assertThat(SlotEngine.freeSlots(rep, List.of(), HALF_HOUR, HALF_HOUR, MONDAY, TUESDAY, at("2026-06-01T08:10:00Z")))
			.first()
			.isEqualTo(at("2026-06-01T10:30:00Z"));
	}

	@Test
	void aFullDayInTheRepsZoneOffersNothing() {
		MeetingSettings two = new MeetingSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO, 2);
		Availability rep = new Availability(UUID.randomUUID(), ZoneId.of("America/Los_Angeles"),
				List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.parse("09:00"), LocalTime.parse("17:00"))), List.of(),
				two);
		// Monday 09:00 and 16:00 in Los Angeles (PDT): the second is already Tuesday in UTC, still Monday for the rep.
		List<Busy> booked = List.of(busy("2026-06-01T16:00:00Z"), busy("2026-06-01T23:00:00Z"));

		assertThat(SlotEngine.freeSlots(rep, booked, HALF_HOUR, HALF_HOUR, MONDAY, MONDAY.plus(Duration.ofDays(2)),
				LONG_AGO)).isEmpty();
		assertThat(SlotEngine.freeSlots(rep, booked.subList(0, 1), HALF_HOUR, HALF_HOUR, MONDAY,
				MONDAY.plus(Duration.ofDays(2)), LONG_AGO)).hasSize(16 - 1);
	}

	@Test
	void refusesRangesThatEndBeforeTheyStart() {
		assertThatThrownBy(() -> new WeeklyHours(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.NOON))
			.isInstanceOf(SchedulingInputException.class);
		assertThatThrownBy(() -> new DateOverride(LocalDate.parse("2026-06-01"), LocalTime.NOON, null))
			.isInstanceOf(SchedulingInputException.class);
	}

	private static Busy busy(String start) {
		Instant at = at(start);
		return new Busy(at, at.plus(HALF_HOUR), at);
	}

	private static List<Instant> slots(Availability rep, Instant from, Instant to) {
		return SlotEngine.freeSlots(rep, List.of(), HALF_HOUR, HALF_HOUR, from, to, LONG_AGO);
	}

	private static Availability mondays(String start, String end, MeetingSettings settings, List<DateOverride> overrides) {
		return new Availability(UUID.randomUUID(), UTC,
				List.of(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.parse(start), LocalTime.parse(end))), overrides,
				settings);
	}
}
