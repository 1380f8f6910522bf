package com.growthhub.scheduling.internal;

import java.util.Locale;

/** How a booking page picks the rep of a new appointment among those free at the slot. */
public enum AssignmentMode {

	/** The least recently booked of the page's free reps. */
	ROUND_ROBIN,
	/** The lead's owner when they are one of the page's reps and free, else round robin. */
	LEAD_OWNER,
	/** Always the page's fixed rep. */
	FIXED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AssignmentMode fromKey(String key) {
		try {
			return valueOf(key.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw SchedulingInputException.of("assignmentMode", "One of round_robin, lead_owner, fixed.");
		}
	}
}
