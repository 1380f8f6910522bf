package com.growthhub.journeys.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the fields of a journey, template or active-client request that are wrong. */
public class JourneyInputException extends ProblemException {

	private JourneyInputException(String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static JourneyInputException field(String field, String message) {
		return new JourneyInputException(field + ": " + message, List.of(Map.of("field", field, "message", message)));
	}

	/** Every {@code {field, message}} found, so a form can name them all at once. */
	static JourneyInputException fields(List<Map<String, String>> errors) {
		return errors.size() == 1 ? field(errors.getFirst().get("field"), errors.getFirst().get("message"))
				: new JourneyInputException("The request has invalid fields.", errors);
	}
}
