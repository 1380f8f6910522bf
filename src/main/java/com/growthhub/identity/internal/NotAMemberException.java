package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 403 for switching a session to an organization the person does not belong to. */
public class NotAMemberException extends ProblemException {

	NotAMemberException() {
		super(HttpStatus.FORBIDDEN, "Not a member", "You are not a member of that organization.");
	}
}
