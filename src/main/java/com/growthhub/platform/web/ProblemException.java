package com.growthhub.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Base of the domain failures a person or program should read: the status and the detail are
 * shown as they are, so the detail must never contain secrets or internals.
 */
public abstract class ProblemException extends ErrorResponseException {

	protected ProblemException(HttpStatus status, String title, String detail) {
		super(status, Problems.of(status, title, detail), null);
	}

	protected ProblemException withProperty(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}
}
