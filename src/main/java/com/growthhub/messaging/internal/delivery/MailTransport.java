package com.growthhub.messaging.internal.delivery;

import org.jspecify.annotations.Nullable;

/** Hands a message to the outside world: SMTP, or Mailgun's HTTP API. */
public interface MailTransport {

	/** {@code smtp} or {@code mailgun}, stored with each message. */
	String name();

	/** @return the provider's id of the message, when it gives one (tracking reports name it) */
	@Nullable String send(OutgoingEmail email) throws MailTransportException;
}
