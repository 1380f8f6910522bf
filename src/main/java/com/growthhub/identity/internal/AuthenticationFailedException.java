package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 401: wrong email or password, a locked account (which must look the same), or a dead token. */
public class AuthenticationFailedException extends ProblemException {

	private AuthenticationFailedException(String detail) {
		super(HttpStatus.UNAUTHORIZED, "Authentication failed", detail);
	}

	public static AuthenticationFailedException invalidCredentials() {
		return new AuthenticationFailedException("Invalid email or password.");
	}

	public static AuthenticationFailedException invalidRefreshToken() {
		return new AuthenticationFailedException("The refresh token is invalid, expired or was already used. Sign in again.");
	}

	public static AuthenticationFailedException invalidChallenge() {
		return new AuthenticationFailedException("This sign-in attempt has expired. Sign in again.");
	}
}
