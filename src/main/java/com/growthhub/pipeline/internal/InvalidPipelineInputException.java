package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming every field of a deal, pipeline, stage or service the tables would not take. */
public class InvalidPipelineInputException extends ProblemException {

	private final List<Map<String, String>> errors;

	InvalidPipelineInputException(List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields.");
		this.errors = List.copyOf(errors);
		withProperty("errors", this.errors);
	}

	/** Each {@code {field, message}}, named as the API's JSON fields. */
	public List<Map<String, String>> errors() {
		return errors;
	}
}
