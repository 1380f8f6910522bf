package com.growthhub.platform.files;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A byte range that starts beyond the file's end: 416, with the file's size in {@code Content-Range}. */
public final class RangeNotSatisfiableException extends ProblemException {

	public RangeNotSatisfiableException(long size) {
		super(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "Range not satisfiable",
				"The requested range is outside the file's " + size + " bytes.");
		getHeaders().set(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
	}
}
