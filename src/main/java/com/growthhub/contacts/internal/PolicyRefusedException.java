package com.growthhub.contacts.internal;

import java.util.List;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 422: the organization's privacy mode refuses free text and last names. */
public class PolicyRefusedException extends ProblemException {

	public PolicyRefusedException(List<String> fields) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by privacy mode",
				"This organization runs in privacy mode: contacts keep a first name only, with no last name, notes or "
						+ "other free text, so that no protected health information is stored. Remove: "
						+ String.join(", ", fields) + ".");
		withProperty("fields", fields);
	}
}
