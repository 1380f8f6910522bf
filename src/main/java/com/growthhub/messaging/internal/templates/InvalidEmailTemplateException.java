package com.growthhub.messaging.internal.templates;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** An email template an organization wrote cannot be used as it is; the detail tells its author why (400). */
public class InvalidEmailTemplateException extends ProblemException {

	private InvalidEmailTemplateException(String detail) {
		super(HttpStatus.BAD_REQUEST, "Invalid email template", detail);
	}

	static InvalidEmailTemplateException because(String reason) {
		return new InvalidEmailTemplateException(reason);
	}
}
