package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 for a reset or invitation link that is unknown, expired, revoked or already used. */
public class InvalidTokenException extends ProblemException {

	private InvalidTokenException(String detail) {
		super(HttpStatus.BAD_REQUEST, "Invalid link", detail);
	}

	public static InvalidTokenException resetToken() {
		return new InvalidTokenException("This password reset link is invalid, expired or was already used. Ask for a new one.");
	}

	public static InvalidTokenException invitation() {
		return new InvalidTokenException("This invitation is invalid, expired, revoked or was already accepted.");
	}
}
