package com.growthhub.messaging.internal.lines;

/** Sends one text; the outbox calls it for each queued message when an SMS provider is configured. */
public interface SmsTransport {

	String name();

	/** Returns the provider's id of the message. */
	String send(String from, String to, String body) throws SmsTransportException;

	/** @param permanent the provider refused the message itself (a bad number): trying again will not help */
	class SmsTransportException extends Exception {

		private final boolean permanent;

		public SmsTransportException(String message, boolean permanent) {
			super(message);
			this.permanent = permanent;
		}

		public boolean permanent() {
			return permanent;
		}
	}
}
