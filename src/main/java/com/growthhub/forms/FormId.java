package com.growthhub.forms;

import java.util.UUID;

/** A form's id. */
public record FormId(UUID value) {

	public static FormId of(UUID value) {
		return new FormId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
