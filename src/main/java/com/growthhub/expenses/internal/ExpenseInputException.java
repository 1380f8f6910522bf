package com.growthhub.expenses.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the fields of an expense or category request that are wrong (422 for an incomplete submission). */
public class ExpenseInputException extends ProblemException {

	private ExpenseInputException(HttpStatus status, String title, String detail, List<Map<String, String>> errors) {
		super(status, title, detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static ExpenseInputException field(String field, String message) {
		return new ExpenseInputException(HttpStatus.BAD_REQUEST, "Invalid expense", "'" + field + "' " + message + ".",
				List.of(Map.of("field", field, "message", message)));
	}

	/** A value that clashes with another record's, such as a category name: 409. */
	static ExpenseInputException conflict(String field, String message) {
		return new ExpenseInputException(HttpStatus.CONFLICT, "Conflict", "'" + field + "' " + message + ".",
				List.of(Map.of("field", field, "message", message)));
	}

	/** Submitting needs what a draft may leave out. */
	static ExpenseInputException incomplete(List<String> missing) {
		return new ExpenseInputException(HttpStatus.UNPROCESSABLE_CONTENT, "Incomplete expense",
				"Fill in " + String.join(", ", missing) + " before submitting.",
				missing.stream().map(field -> Map.of("field", field, "message", "is required to submit")).toList());
	}
}
