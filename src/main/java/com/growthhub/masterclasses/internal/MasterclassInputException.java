package com.growthhub.masterclasses.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of a masterclass or registration request that is wrong. */
public class MasterclassInputException extends ProblemException {

	private final String field;

	private MasterclassInputException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "Invalid masterclass request", "'" + field + "' " + message + ".");
		this.field = field;
		withProperty("errors", List.of(Map.of("field", field, "message", message)));
	}

	public static MasterclassInputException field(String field, String message) {
		return new MasterclassInputException(field, message);
	}

	public String field() {
		return field;
	}
}
