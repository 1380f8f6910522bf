package com.growthhub.analytics.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of a KPI event or campaign request that is wrong. */
public class KpiEventInputException extends ProblemException {

	private KpiEventInputException(String title, String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, title, detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static KpiEventInputException field(String field, String message) {
		return new KpiEventInputException("Invalid KPI event", "'" + field + "' " + message + ".",
				List.of(Map.of("field", field, "message", message)));
	}

	public static KpiEventInputException campaignField(String field, String message) {
		return new KpiEventInputException("Invalid campaign", "'" + field + "' " + message + ".",
				List.of(Map.of("field", field, "message", message)));
	}
}
