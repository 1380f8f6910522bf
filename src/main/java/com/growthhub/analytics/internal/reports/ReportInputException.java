package com.growthhub.analytics.internal.reports;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the report parameter that is wrong. */
public class ReportInputException extends ProblemException {

	private ReportInputException(String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid report parameters", detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static ReportInputException field(String field, String message) {
		return new ReportInputException("'" + field + "' " + message + ".", List.of(Map.of("field", field, "message", message)));
	}
}
