package com.growthhub.contacts.internal;

import java.util.List;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 422: the organization's privacy mode refuses free text and last names. */
public class PolicyRefusedException extends ProblemException {

	private final List<String> fields;

	public PolicyRefusedException(List<String> fields) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by privacy mode",
				"This organization runs in privacy mode: contacts keep a first name only, with no last name, notes or "
						+ "other free text, so that no protected health information is stored. Remove: "
						+ String.join(", ", fields) + ".");
		this.fields = List.copyOf(fields);
		withProperty("fields", fields);
	}

	public List<String> fields() {
		return fields;
	}
}
