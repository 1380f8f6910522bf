package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409 when registering an address that already has an account. */
public class EmailAlreadyRegisteredException extends ProblemException {

	public EmailAlreadyRegisteredException() {
		super(HttpStatus.CONFLICT, "Email already registered",
				"An account with this email already exists. Sign in, or reset your password if you forgot it.");
	}
}
