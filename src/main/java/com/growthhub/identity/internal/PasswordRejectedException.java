package com.growthhub.identity.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 for a password the policy refuses (length, common password) or a wrong current password. */
public class PasswordRejectedException extends ProblemException {

	public PasswordRejectedException(String field, String reason) {
		super(HttpStatus.BAD_REQUEST, "Password rejected", reason);
		withProperty("errors", List.of(Map.of("field", field, "message", reason)));
	}
}
