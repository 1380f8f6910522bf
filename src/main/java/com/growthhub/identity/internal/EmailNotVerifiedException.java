package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 403 for a correct password on an account whose email address was never confirmed. */
public class EmailNotVerifiedException extends ProblemException {

	public EmailNotVerifiedException() {
		super(HttpStatus.FORBIDDEN, "Email not verified",
				"Confirm your email address first with the 6-digit code we sent you. You can ask for a new code.");
		withProperty("code", "email_not_verified");
	}
}
