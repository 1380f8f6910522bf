package com.growthhub.calls;

import java.util.UUID;

/** A call's id. */
public record CallId(UUID value) {

	public static CallId of(UUID value) {
		return new CallId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
