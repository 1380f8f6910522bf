package com.growthhub.messaging.internal.delivery;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;

/** SMTP through Spring's mail sender: multipart/alternative with the plain-text and the HTML part. */
public class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;

	public SmtpTransport(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public String name() {
		return "smtp";
	}

	@Override
	public @Nullable String send(OutgoingEmail email) throws MailTransportException {
		try {
			var mime = sender.createMimeMessage();
			var helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
			helper.setFrom(email.from());
			helper.setTo(email.to());
			helper.setSubject(email.subject());
			helper.setText(email.text(), email.html());
			for (OutgoingEmail.Attached attachment : email.attachments()) {
				helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			sender.send(mime);
			return mime.getMessageID();
		}
		catch (MailException | MessagingException e) {
			throw new MailTransportException(String.valueOf(e.getMessage()), e);
		}
	}
}
