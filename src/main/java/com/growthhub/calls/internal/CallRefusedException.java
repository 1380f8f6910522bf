package com.growthhub.calls.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A call action the rules refuse: 403 for someone who may not see calls, 422 for what cannot be done with this call. */
public class CallRefusedException extends ProblemException {

	private CallRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static CallRefusedException forbidden(String detail) {
		return new CallRefusedException(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	static CallRefusedException noJourney(String detail) {
		return new CallRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Cannot start a journey", detail);
	}
}
