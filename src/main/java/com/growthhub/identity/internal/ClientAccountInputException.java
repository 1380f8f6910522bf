package com.growthhub.identity.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of a client account that is wrong. */
public class ClientAccountInputException extends ProblemException {

	private ClientAccountInputException(String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid client account", detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static ClientAccountInputException field(String field, String message) {
		return new ClientAccountInputException("'" + field + "' " + message + ".",
				List.of(Map.of("field", field, "message", message)));
	}
}
