package com.growthhub.scheduling;

import java.util.Locale;
import java.util.Set;

/**
 * Where an appointment stands. Only a {@code scheduled} appointment holds the rep's time; it moves on once and for all:
 * to {@code completed} or {@code no_show} after the meeting, to {@code cancelled}, or to {@code rescheduled} when a new
 * appointment replaces it.
 */
public enum AppointmentStatus {

	SCHEDULED, COMPLETED, NO_SHOW, CANCELLED, RESCHEDULED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AppointmentStatus fromKey(String key) {
		return valueOf(key.trim().toUpperCase(Locale.ROOT));
	}

	/** Whether an appointment in this status may move to {@code next}. */
	public boolean canMoveTo(AppointmentStatus next) {
		return this == SCHEDULED && Set.of(COMPLETED, NO_SHOW, CANCELLED, RESCHEDULED).contains(next);
	}
}
