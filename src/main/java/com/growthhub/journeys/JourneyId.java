package com.growthhub.journeys;

import java.util.Objects;
import java.util.UUID;

/** The id of a client journey. */
public record JourneyId(UUID value) {

	public JourneyId {
		Objects.requireNonNull(value, "value");
	}

	public static JourneyId of(UUID value) {
		return new JourneyId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
