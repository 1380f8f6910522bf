package com.growthhub.pipeline;

import java.util.Objects;
import java.util.UUID;

/** The id of a deal (an opportunity) in a pipeline. */
public record DealId(UUID value) {

	public DealId {
		Objects.requireNonNull(value, "value");
	}

	public static DealId of(UUID value) {
		return new DealId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
