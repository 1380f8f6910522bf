package com.growthhub.eventplanning;

import java.util.Objects;
import java.util.UUID;

/** The id of an event (a conference, a meetup, a dinner…). */
public record EventId(UUID value) {

	public EventId {
		Objects.requireNonNull(value, "value");
	}

	public static EventId of(UUID value) {
		return new EventId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
