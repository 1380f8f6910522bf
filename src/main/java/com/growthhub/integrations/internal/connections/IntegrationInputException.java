package com.growthhub.integrations.internal.connections;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A request about a connection that cannot be done as asked: 400 naming a field, 409, or 422 from the provider. */
public class IntegrationInputException extends ProblemException {

	private IntegrationInputException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	public static IntegrationInputException field(String field, String message) {
		IntegrationInputException ex = new IntegrationInputException(HttpStatus.BAD_REQUEST, "Invalid integration request",
				"'" + field + "' " + message + ".");
		ex.withProperty("errors", List.of(Map.of("field", field, "message", message)));
		return ex;
	}

	public static IntegrationInputException conflict(String detail) {
		return new IntegrationInputException(HttpStatus.CONFLICT, "Conflict", detail);
	}

	/** The provider refused: its words, which never carry a token. */
	public static IntegrationInputException refused(String detail) {
		return new IntegrationInputException(HttpStatus.UNPROCESSABLE_CONTENT, "The provider refused", detail);
	}

	public static IntegrationInputException notConfigured(String provider) {
		return new IntegrationInputException(HttpStatus.CONFLICT, "Not configured",
				provider + " is not configured on this installation; see Settings › Integrations for the variables to set.");
	}
}
