package com.growthhub.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON value that parsed but that nothing here can keep; {@link #reason()} says why in words for the field. */
class RefusedJsonValueException extends InvalidFormatException {

	private final String reason;

	RefusedJsonValueException(JsonParser parser, String reason, Object value, Class<?> type) {
		super(parser, reason, value, type);
		this.reason = reason;
	}

	String reason() {
		return reason;
	}
}
