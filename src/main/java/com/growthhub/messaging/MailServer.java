package com.growthhub.messaging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Whether an SMTP server is configured; without one the outbox is the only place to read mail. */
@Component
public class MailServer {

	private final boolean configured;

	MailServer(ObjectProvider<JavaMailSender> sender) {
		this.configured = sender.getIfAvailable() != null;
	}

	public boolean isConfigured() {
		return configured;
	}
}
