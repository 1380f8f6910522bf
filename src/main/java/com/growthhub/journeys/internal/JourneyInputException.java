package com.growthhub.journeys.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of a journey, template or active-client request that is wrong. */
public class JourneyInputException extends ProblemException {

	private JourneyInputException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", field + ": " + message);
		withProperty("errors", List.of(Map.of("field", field, "message", message)));
	}

	public static JourneyInputException field(String field, String message) {
		return new JourneyInputException(field, message);
	}
}
