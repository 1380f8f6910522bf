package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409: an organization always keeps at least one owner. */
public class LastOwnerException extends ProblemException {

	public LastOwnerException() {
		super(HttpStatus.CONFLICT, "Last owner", "An organization needs at least one owner. Make someone else owner first.");
	}
}
