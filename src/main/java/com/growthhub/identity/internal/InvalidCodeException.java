package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 for a wrong, expired, used or exhausted one-time code. */
public class InvalidCodeException extends ProblemException {

	private InvalidCodeException(String detail) {
		super(HttpStatus.BAD_REQUEST, "Invalid code", detail);
	}

	public static InvalidCodeException wrong(int attemptsLeft) {
		return (InvalidCodeException) new InvalidCodeException(attemptsLeft > 0
				? "That code is not right. " + attemptsLeft + (attemptsLeft == 1 ? " try" : " tries") + " left."
				: "That code is not right and has now been invalidated. Ask for a new code.")
			.withProperty("attemptsLeft", attemptsLeft);
	}

	public static InvalidCodeException rejected() {
		return new InvalidCodeException("That code is not right. Check the time on your phone and try again.");
	}

	public static InvalidCodeException expired() {
		return new InvalidCodeException("This code has expired or was already used. Ask for a new code.");
	}
}
