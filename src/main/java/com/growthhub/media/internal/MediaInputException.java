package com.growthhub.media.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of a media or collection request that is wrong. */
public class MediaInputException extends ProblemException {

	private MediaInputException(String detail, List<Map<String, String>> errors) {
		super(HttpStatus.BAD_REQUEST, "Invalid request", detail);
		withProperty("errors", List.copyOf(errors));
	}

	public static MediaInputException field(String field, String message) {
		return new MediaInputException(field + ": " + message, List.of(Map.of("field", field, "message", message)));
	}
}
