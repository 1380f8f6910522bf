package com.growthhub.contacts.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the fields that are not acceptable. */
public class InvalidContactException extends ProblemException {

	private final List<Map<String, String>> errors;

	private InvalidContactException(List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid contact", "The request has invalid fields.");
		this.errors = List.copyOf(errors);
		withProperty("errors", errors);
	}

	/** Each {@code {field, message}}. */
	public List<Map<String, String>> errors() {
		return errors;
	}

	public static InvalidContactException field(String field, String message) {
		return new InvalidContactException(List.of(Map.of("field", field, "message", message)));
	}

	public static InvalidContactException fields(List<Map<String, String>> errors) {
		return new InvalidContactException(errors);
	}
}
