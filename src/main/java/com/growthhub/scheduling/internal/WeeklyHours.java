package com.growthhub.scheduling.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Hours a rep takes meetings every week on one day, as wall-clock times in the rep's zone. */
public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {

	public WeeklyHours {
		if (!end.isAfter(start)) {
			throw SchedulingInputException.of("weeklyHours", "Each range must end after it starts.");
		}
	}

	LocalRange range() {
		return new LocalRange(start, end);
	}
}
