package com.growthhub.integrations.internal.webhooks;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 400 naming the field of a webhook subscription that is wrong. */
public class WebhookInputException extends ProblemException {

	private WebhookInputException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "Invalid webhook", "'" + field + "' " + message + ".");
		withProperty("errors", List.of(Map.of("field", field, "message", message)));
	}

	public static WebhookInputException field(String field, String message) {
		return new WebhookInputException(field, message);
	}
}
