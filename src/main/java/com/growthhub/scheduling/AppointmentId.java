package com.growthhub.scheduling;

import java.util.UUID;

/** An appointment's id. */
public record AppointmentId(UUID value) {

	public AppointmentId {
		java.util.Objects.requireNonNull(value, "value");
	}

	public static AppointmentId of(UUID value) {
		return new AppointmentId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
