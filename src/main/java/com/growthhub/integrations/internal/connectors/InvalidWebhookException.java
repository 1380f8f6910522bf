package com.growthhub.integrations.internal.connectors;

/** An inbound webhook whose signature is missing, wrong, too old or replayed; answered 401 and never acted on. */
public class InvalidWebhookException extends RuntimeException {

	public InvalidWebhookException(String message) {
		super(message);
	}
}
