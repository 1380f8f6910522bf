package com.growthhub.reviews.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of a review request that is wrong. */
public class ReviewInputException extends ProblemException {

	private ReviewInputException(String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid review request", detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static ReviewInputException field(String field, String message) {
		return new ReviewInputException("'" + field + "' " + message + ".",
				List.of(Map.of("field", field, "message", message)));
	}
}
