package com.growthhub.journeys.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where a client journey stands (seed 001 §4). The allowed moves live here and only here: pending →
 * in progress → active client, won, lost or archived; an archived journey can be restored to in progress.
 */
public enum JourneyStatus {

	PENDING, IN_PROGRESS, ACTIVE_CLIENT, WON, LOST, ARCHIVED;

	/** The statuses a journey in this status may move to. */
	public Set<JourneyStatus> next() {
		return switch (this) {
			case PENDING -> EnumSet.of(IN_PROGRESS);
			case IN_PROGRESS -> EnumSet.of(ACTIVE_CLIENT, WON, LOST, ARCHIVED);
			case ARCHIVED -> EnumSet.of(IN_PROGRESS);
			case ACTIVE_CLIENT, WON, LOST -> EnumSet.noneOf(JourneyStatus.class);
		};
	}

	public boolean canMoveTo(JourneyStatus to) {
		return next().contains(to);
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static JourneyStatus fromKey(String key) {
		return valueOf(key.strip().toUpperCase(Locale.ROOT));
	}

	/** A status from a query parameter or form field; a 400 naming the field for anything else. */
	public static @Nullable JourneyStatus parse(String field, @Nullable String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		try {
			return fromKey(key);
		}
		catch (IllegalArgumentException ex) {
			throw JourneyInputException.field(field, "unknown status " + key.strip());
		}
	}
}
