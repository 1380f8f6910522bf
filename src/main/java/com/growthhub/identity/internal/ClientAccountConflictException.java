package com.growthhub.identity.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409 for a client account that cannot be created as asked. */
public class ClientAccountConflictException extends ProblemException {

	private ClientAccountConflictException(String title, String detail) {
		super(HttpStatus.CONFLICT, title, detail);
	}

	static ClientAccountConflictException emailTaken() {
		return new ClientAccountConflictException("Email already registered",
				"Somebody already has an account with this email: use another contact email for the client.");
	}

	static ClientAccountConflictException clientOfAClient() {
		return new ClientAccountConflictException("Not an agency",
				"A client account cannot have client accounts of its own.");
	}

	static ClientAccountConflictException alreadyActivated() {
		return new ClientAccountConflictException("Already activated",
				"This person has already chosen a password: sign in instead.");
	}
}
