package com.growthhub.scheduling.internal;

/** A question a booking page asks visitors; its answer is kept on the appointment under {@code key}. */
public record Question(String key, String label, boolean required) {

	public Question {
		if (key == null || !key.matches("[a-z][a-z0-9_]{0,39}")) {
			throw SchedulingInputException.of("questions", "Each key is lower case letters, digits and _ (up to 40).");
		}
		if (label == null || label.isBlank() || label.length() > 300) {
			throw SchedulingInputException.of("questions", "Each question needs a label of up to 300 characters.");
		}
		label = label.strip();
	}
}
