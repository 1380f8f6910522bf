package com.growthhub.scheduling.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** When one rep takes meetings: their zone, weekly hours, date overrides and meeting settings. */
public record Availability(UUID userId, ZoneId zone, List<WeeklyHours> weekly, List<DateOverride> overrides,
		MeetingSettings settings) {

	public Availability {
		weekly = List.copyOf(weekly);
		overrides = List.copyOf(overrides);
	}

	/** The wall-clock ranges of {@code date}: its overrides when it has any, else the weekly hours of its weekday. */
	List<LocalRange> rangesOn(LocalDate date) {
		List<DateOverride> ofDate = overrides.stream().filter(override -> override.date().equals(date)).toList();
		if (!ofDate.isEmpty()) {
			return ofDate.stream()
				.filter(override -> !override.dayOff())
				.map(override -> new LocalRange(override.start(), override.end()))
				.toList();
		}
		return weekly.stream().filter(hours -> hours.day() == date.getDayOfWeek()).map(WeeklyHours::range).toList();
	}
}
