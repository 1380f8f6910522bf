package com.growthhub.scheduling.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import com.growthhub.scheduling.internal.PageSlots;
import com.growthhub.scheduling.internal.SchedulingInputException;
import com.growthhub.scheduling.internal.VisitorCalendar;

/**
 * The window slots are asked for: {@code from}/{@code to} instants, or {@code date} and {@code days} as the visitor's
 * own days (midnight to midnight in their zone); by default the next 7 of the visitor's days.
 */
record SlotWindow(Instant from, Instant to) {

	static SlotWindow of(@Nullable String from, @Nullable String to, @Nullable String date, @Nullable Integer days,
			ZoneId zone) {
		SlotWindow window;
		if (from != null || to != null) {
			window = new SlotWindow(instant("from", from), instant("to", to));
		}
		else {
			LocalDate first = date == null ? LocalDate.now(zone) : date(date);
			int count = days == null ? 7 : days;
			if (count < 1 || count > 62) {
				throw SchedulingInputException.of("days", "Between 1 and 62.");
			}
			window = new SlotWindow(VisitorCalendar.startOf(first, zone), VisitorCalendar.endOf(first.plusDays(count - 1), zone));
		}
		PageSlots.checkWindow(window.from(), window.to());
		return window;
	}

	private static Instant instant(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw SchedulingInputException.of(field, "Required with " + (field.equals("from") ? "to" : "from") + ".");
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeException ex) {
			throw SchedulingInputException.of(field, "An ISO-8601 time with an offset, e.g. 2026-06-01T09:00:00Z.");
		}
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeException ex) {
			throw SchedulingInputException.of("date", "A date, yyyy-MM-dd.");
		}
	}
}
