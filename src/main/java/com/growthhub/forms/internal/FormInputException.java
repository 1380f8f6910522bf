package com.growthhub.forms.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A form definition or a submission with wrong fields: 422 naming each, as {@code errors: [{field, message}]}. */
public class FormInputException extends ProblemException {

	private FormInputException(HttpStatus status, String title, String detail, List<Map<String, String>> errors) {
		super(status, title, detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static FormInputException definition(List<Map<String, String>> errors) {
		return new FormInputException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid form definition",
				"The form definition has " + errors.size() + " problem(s): " + summary(errors), errors);
	}

	public static FormInputException answers(List<Map<String, String>> errors) {
		return new FormInputException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid submission",
				"Please correct: " + summary(errors), errors);
	}

	public static FormInputException field(String field, String message) {
		return new FormInputException(HttpStatus.BAD_REQUEST, "Invalid request", "'" + field + "' " + message + ".",
				List.of(Map.of("field", field, "message", message)));
	}

	public static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	private static String summary(List<Map<String, String>> errors) {
		return String.join("; ", errors.stream().limit(5).map(e -> "'" + e.get("field") + "' " + e.get("message")).toList())
				+ ".";
	}
}
