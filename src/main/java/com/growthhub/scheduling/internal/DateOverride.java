package com.growthhub.scheduling.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * Replaces the weekly hours of one date in the rep's zone: without times the rep is off that day; with times these are
 * the day's hours (several overrides of one date add up).
 */
public record DateOverride(LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end) {

	public DateOverride {
		if ((start == null) != (end == null) || (start != null && !end.isAfter(start))) {
			throw SchedulingInputException.of("overrides", "An override is a day off (no times) or a range that ends after it starts.");
		}
	}

	public static DateOverride dayOff(LocalDate date) {
		return new DateOverride(date, null, null);
	}

	boolean dayOff() {
		return start == null;
	}
}
