package com.growthhub.onboarding.internal;

import java.util.List;

/**
 * One answer a step asks for.
 *
 * @param choices for {@link Kind#CHOICE} and {@link Kind#CHOICES}: the allowed keys
 */
public record StepField(String name, Kind kind, List<String> choices) {

	public enum Kind {
		TEXT, EMAIL, URL, PHONE, COLORS, YES_NO, CHOICE, CHOICES, SECRET, LONG_TEXT;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	static StepField of(String name, Kind kind) {
		return new StepField(name, kind, List.of());
	}

	static StepField choice(String name, String... choices) {
		return new StepField(name, Kind.CHOICE, List.of(choices));
	}

	static StepField choices(String name, String... choices) {
		return new StepField(name, Kind.CHOICES, List.of(choices));
	}

	public boolean secret() {
		return kind == Kind.SECRET;
	}
}
