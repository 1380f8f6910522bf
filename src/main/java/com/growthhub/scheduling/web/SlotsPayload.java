package com.growthhub.scheduling.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.TimeZoneId;
import com.growthhub.scheduling.internal.SchedulingInputException;
import com.growthhub.scheduling.internal.VisitorCalendar;

/** Free slots for a visitor: instants, and the same as local times of the visitor's zone grouped by their dates. */
record SlotsPayload(String timeZone, Instant from, Instant to, List<Day> days) {

	record Day(LocalDate date, List<Slot> slots) {
	}

	/** @param start the instant to book; @param local the same time in the visitor's zone, with its offset */
	record Slot(Instant start, OffsetDateTime local) {
	}

	static SlotsPayload of(ZoneId zone, Instant from, Instant to, List<Instant> slots) {
		return new SlotsPayload(zone.getId(), from, to, VisitorCalendar.days(slots, zone).stream()
			.map(day -> new Day(day.date(), day.slots().stream().map(local -> new Slot(local.toInstant(), local)).toList()))
			.toList());
	}

	static ZoneId zone(@Nullable String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			return ZoneId.of("UTC");
		}
		if (!TimeZoneId.Validator.known(timeZone)) {
			throw SchedulingInputException.of("timeZone", "A time zone such as Europe/Berlin.");
		}
		return ZoneId.of(timeZone.strip());
	}
}
