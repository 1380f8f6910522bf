package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 for a page cursor that we did not issue. */
public class InvalidCursorException extends ProblemException {

	public InvalidCursorException() {
		super(HttpStatus.BAD_REQUEST, "Invalid cursor", "The 'cursor' parameter is not one this API returned.");
	}
}
