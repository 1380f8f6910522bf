package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409 when inviting someone who already belongs to the organization. */
public class AlreadyMemberException extends ProblemException {

	public AlreadyMemberException() {
		super(HttpStatus.CONFLICT, "Already a member", "This person is already a member of the organization.");
	}
}
