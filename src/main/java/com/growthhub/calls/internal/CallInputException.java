package com.growthhub.calls.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of a call request that is wrong. */
public class CallInputException extends ProblemException {

	private CallInputException(String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid call change", detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static CallInputException field(String field, String message) {
		return new CallInputException("'" + field + "' " + message + ".", List.of(Map.of("field", field, "message", message)));
	}
}
