package com.growthhub.messaging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.internal.delivery.MailgunSettings;

/** Whether an SMTP server or Mailgun is configured; without one the outbox is the only place to read mail. */
@Component
public class MailServer {

	private final boolean configured;

	MailServer(ObjectProvider<JavaMailSender> sender, MailgunSettings mailgun) {
		this.configured = sender.getIfAvailable() != null || mailgun.configured();
	}

	public boolean isConfigured() {
		return configured;
	}
}
