package com.growthhub.tasks.internal;

import org.jspecify.annotations.Nullable;

/** The checks every name and text of a board passes: present when required, stripped, not too long. */
final class TaskTexts {

	private TaskTexts() {
	}

	static String name(String field, @Nullable String value, int max) {
		String clean = value == null ? "" : value.strip();
		if (clean.isEmpty()) {
			throw TaskRefusedException.invalid(field, "is required");
		}
		if (clean.length() > max) {
			throw TaskRefusedException.invalid(field, "is longer than " + max + " characters");
		}
		return clean;
	}

	static @Nullable String optional(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return name(field, value, max);
	}
}
