package com.growthhub.dataio.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409 for an action the job's state does not allow. */
public final class ImportStateException extends ProblemException {

	ImportStateException(String detail) {
		super(HttpStatus.CONFLICT, "Not possible now", detail);
	}
}
