package com.growthhub.masterclasses.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** What the rules refuse: 403 for who may not, 409 for what the class's state does not allow (sold out, wrong step). */
public class MasterclassRefusedException extends ProblemException {

	private MasterclassRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static MasterclassRefusedException forbidden(String detail) {
		return new MasterclassRefusedException(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	static MasterclassRefusedException conflict(String title, String detail) {
		return new MasterclassRefusedException(HttpStatus.CONFLICT, title, detail);
	}

	static MasterclassRefusedException soldOut() {
		return conflict("Sold out", "Every seat of this masterclass is taken.");
	}
}
