package com.growthhub.identity.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 for a currency or time zone that is not one: names the field the client sent. */
public class InvalidPreferenceException extends ProblemException {

	InvalidPreferenceException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "Invalid setting", "'" + field + "' " + message + ".");
		withProperty("errors", List.of(Map.of("field", field, "message", message)));
	}
}
