package com.growthhub.analytics.internal.commissions;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming each field of a provider, rule or report request that is wrong. */
public class CommissionInputException extends ProblemException {

	private final List<CommissionRule.FieldError> fieldErrors;

	private CommissionInputException(List<CommissionRule.FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid commission input", "The request has invalid fields.");
		this.fieldErrors = List.copyOf(errors);
		withProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
	}

	public static CommissionInputException of(List<CommissionRule.FieldError> errors) {
		return new CommissionInputException(errors);
	}

	public static CommissionInputException field(String field, String message) {
		return new CommissionInputException(List.of(new CommissionRule.FieldError(field, message)));
	}

	/** For pages: field → message. */
	public List<CommissionRule.FieldError> fieldErrors() {
		return fieldErrors;
	}
}
