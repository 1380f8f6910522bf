package com.growthhub.dataio.internal;

import java.util.List;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 422: privacy mode keeps no last names, notes or other free text, not even from a file. */
public final class PrivacyRefusedException extends ProblemException {

	PrivacyRefusedException(List<String> columns) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by privacy mode",
				"This organization runs in privacy mode: contacts keep a first name only, with no last name, notes or "
						+ "other free text. Skip these columns: " + String.join(", ", columns) + ".");
	}
}
