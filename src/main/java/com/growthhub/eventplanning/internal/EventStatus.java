package com.growthhub.eventplanning.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an event stands: draft → published → completed, and a draft or published event can be cancelled. The
 * allowed moves live here and only here.
 */
public enum EventStatus {

	DRAFT, PUBLISHED, COMPLETED, CANCELLED;

	public Set<EventStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
			case PUBLISHED -> EnumSet.of(COMPLETED, CANCELLED);
			case COMPLETED, CANCELLED -> EnumSet.noneOf(EventStatus.class);
		};
	}

	public boolean canMoveTo(EventStatus to) {
		return next().contains(to);
	}

	/** Whether people can still be registered, invited and checked in. */
	public boolean open() {
		return this == DRAFT || this == PUBLISHED;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static EventStatus fromKey(String key) {
		return valueOf(key.strip().replace('-', '_').toUpperCase(Locale.ROOT));
	}
}
