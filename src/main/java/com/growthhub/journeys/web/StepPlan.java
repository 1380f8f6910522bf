package com.growthhub.journeys.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A step's plan form read: the assignee and due date, or what could not be read, by input. */
record StepPlan(@Nullable UUID assigneeId, @Nullable LocalDate dueOn, Map<String, String> errors) {

	static StepPlan read(String assigneeId, String dueOn) {
		Map<String, String> errors = new LinkedHashMap<>();
		UUID assignee = null;
		LocalDate due = null;
		try {
			assignee = UUID.fromString(assigneeId.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put("assigneeId", "must be a member of this organization");
		}
		try {
			due = LocalDate.parse(dueOn.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("dueOn", dueOn.isBlank() ? "is required" : "must be a date (YYYY-MM-DD)");
		}
		return new StepPlan(assignee, due, errors);
	}
}
