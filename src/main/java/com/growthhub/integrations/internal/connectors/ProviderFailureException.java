package com.growthhub.integrations.internal.connectors;

/** The provider refused or failed a call; the message says so in plain words (never with a token in it). */
public class ProviderFailureException extends RuntimeException {

	public ProviderFailureException(String message) {
		super(message);
	}

	public ProviderFailureException(String message, Throwable cause) {
		super(message, cause);
	}
}
