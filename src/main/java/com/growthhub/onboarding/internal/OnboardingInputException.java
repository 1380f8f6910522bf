package com.growthhub.onboarding.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of an onboarding request that is wrong. */
public class OnboardingInputException extends ProblemException {

	private final String field;

	private OnboardingInputException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "Invalid onboarding input", "'" + field + "' " + message + ".");
		this.field = field;
		withProperty("errors", List.of(Map.of("field", field, "message", message)));
	}

	public static OnboardingInputException field(String field, String message) {
		return new OnboardingInputException(field, message);
	}

	public String field() {
		return field;
	}
}
