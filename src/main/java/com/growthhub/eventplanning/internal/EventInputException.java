package com.growthhub.eventplanning.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/**
 * A request about an event naming fields that are wrong: 400 for a value out of its field's limits (an end before
 * its start), 422 for one that cannot be used here (an agenda item outside the event's time).
 */
public class EventInputException extends ProblemException {

	private final List<Map<String, String>> errors;

	private EventInputException(HttpStatus status, String detail, List<Map<String, String>> errors) {
		super(status, status == HttpStatus.BAD_REQUEST ? "Invalid request" : "Refused", detail);
		this.errors = List.copyOf(errors);
		withProperty("errors", this.errors);
	}

	public static EventInputException field(String field, String message) {
		return new EventInputException(HttpStatus.BAD_REQUEST, field + ": " + message,
				List.of(Map.of("field", field, "message", message)));
	}

	public static EventInputException unusable(String field, String message) {
		return new EventInputException(HttpStatus.UNPROCESSABLE_CONTENT, field + ": " + message,
				List.of(Map.of("field", field, "message", message)));
	}

	public List<Map<String, String>> errors() {
		return errors;
	}
}
