package com.growthhub.scheduling.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** Input scheduling refuses, naming the field: answered 400 with errors[{field, message}]. */
public class SchedulingInputException extends ProblemException {

	private final String field;

	private SchedulingInputException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "Invalid scheduling input", "'" + field + "': " + message);
		this.field = field;
		withProperty("errors", List.of(Map.of("field", field, "message", message)));
	}

	public static SchedulingInputException of(String field, String message) {
		return new SchedulingInputException(field, message);
	}

	public String field() {
		return field;
	}
}
