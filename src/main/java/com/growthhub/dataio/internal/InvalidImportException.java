package com.growthhub.dataio.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 for a file that is not CSV, an unknown target, or a missing column. */
public final class InvalidImportException extends ProblemException {

	InvalidImportException(String detail) {
		super(HttpStatus.BAD_REQUEST, "Invalid import", detail);
	}
}
