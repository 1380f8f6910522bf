package com.growthhub.messaging.internal.delivery;

/** A transport could not take the message; the outbox tries again later. The message never holds a secret. */
public class MailTransportException extends Exception {

	public MailTransportException(String message, Throwable cause) {
		super(message, cause);
	}

	public MailTransportException(String message) {
		super(message);
	}
}
