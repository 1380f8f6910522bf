package com.growthhub.eventplanning.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an attendee stands. Registered people hold a seat; waitlisted ones wait for one and move up when a seat
 * frees. Checking in makes a registered person (or a no-show who turns up late) attended; after the event the
 * registered who never came become no-shows. A cancelled registration can be renewed.
 */
public enum AttendeeStatus {

	REGISTERED, WAITLISTED, ATTENDED, NO_SHOW, CANCELLED;

	public Set<AttendeeStatus> next() {
		return switch (this) {
			case REGISTERED -> EnumSet.of(ATTENDED, NO_SHOW, CANCELLED);
			case WAITLISTED -> EnumSet.of(REGISTERED, CANCELLED);
			case ATTENDED -> EnumSet.noneOf(AttendeeStatus.class);
			case NO_SHOW -> EnumSet.of(ATTENDED);
			case CANCELLED -> EnumSet.of(REGISTERED, WAITLISTED);
		};
	}

	public boolean canMoveTo(AttendeeStatus to) {
		return next().contains(to);
	}

	/** Whether the person occupies one of the event's seats. */
	public boolean holdsSeat() {
		return this == REGISTERED || this == ATTENDED;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AttendeeStatus fromKey(String key) {
		return valueOf(key.strip().replace('-', '_').toUpperCase(Locale.ROOT));
	}
}
