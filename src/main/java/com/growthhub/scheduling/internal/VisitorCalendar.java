package com.growthhub.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Slots as a visitor reads them, in their own zone: a visitor's day is from their midnight to their next midnight (23
 * or 25 hours on a daylight-saving change), and a slot's local time carries its offset, so the two "01:30" of a
 * fall-back night stay two different slots.
 */
public final class VisitorCalendar {

	private VisitorCalendar() {
	}

	public record Day(LocalDate date, List<OffsetDateTime> slots) {
	}

	/** The instants from the visitor's midnight starting {@code first} to the one after {@code last}. */
	public static Instant startOf(LocalDate first, ZoneId visitor) {
		return first.atStartOfDay(visitor).toInstant();
	}

	public static Instant endOf(LocalDate last, ZoneId visitor) {
		return last.plusDays(1).atStartOfDay(visitor).toInstant();
	}

	/** The slots by the visitor's date, dates and slots in order. */
	public static List<Day> days(List<Instant> slots, ZoneId visitor) {
		Map<LocalDate, List<OffsetDateTime>> byDate = slots.stream()
			.sorted()
			.map(slot -> slot.atZone(visitor).toOffsetDateTime())
			.collect(Collectors.groupingBy(OffsetDateTime::toLocalDate, TreeMap::new, Collectors.toList()));
		return byDate.entrySet().stream().map(entry -> new Day(entry.getKey(), entry.getValue())).toList();
	}
}
