package com.growthhub.messaging.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

import jakarta.mail.MessagingException;

/**
 * Sends due messages one at a time, each under a row lock (SKIP LOCKED), so several nodes share
 * the work without sending anything twice. Failures retry with exponential backoff.
 */
class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
	static final int MAX_ATTEMPTS = 8;
	private static final int BATCH = 50;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final JavaMailSender mailSender;
	private final MessagingSettings settings;

	OutboxDelivery(JdbcClient jdbc, TenantTransactions transactions, JavaMailSender mailSender,
			MessagingSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mailSender = mailSender;
		this.settings = settings;
	}

	int deliverDue() {
		TenantScope scope = TenantScope.system(new Actor.Job("outbox-delivery"));
		int sent = 0;
		for (int i = 0; i < BATCH; i++) {
			// Each message in a transaction of its own, so its row lock ends and its status commits once it is sent.
			Optional<Boolean> outcome = transactions.callInNewTransaction(scope, this::deliverNext);
			if (outcome.isEmpty()) {
				break;
			}
			sent += outcome.get() ? 1 : 0;
		}
		return sent;
	}

	private Optional<Boolean> deliverNext() {
		Optional<Due> next = jdbc.sql("""
				select id, to_address, subject, body_html, attempts from email_messages
				where status = ? and next_attempt_at <= now()
				order by next_attempt_at limit 1 for update skip locked
				""").param(EmailStatus.PENDING.name()).query(Due.class).optional();
		return next.map(this::send);
	}

	private boolean send(Due message) {
		try {
			var mime = mailSender.createMimeMessage();
			List<Attached> attachments = attachments(message.id());
			var helper = new MimeMessageHelper(mime, !attachments.isEmpty(), "UTF-8");
			helper.setFrom(settings.from());
			helper.setTo(message.toAddress());
			helper.setSubject(message.subject());
			helper.setText(message.bodyHtml(), true);
			for (Attached attachment : attachments) {
				helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			mailSender.send(mime);
			jdbc.sql("update email_messages set status = ?, sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
				.params(EmailStatus.SENT.name(), message.id())
				.update();
			return true;
		}
		catch (MailException | MessagingException ex) {
			int attempts = message.attempts() + 1;
			Duration backoff = Duration.ofSeconds(30L << Math.min(attempts - 1, 10));
			log.warn("Sending email {} failed (attempt {}): {}", message.id(), attempts, ex.getMessage());
			jdbc.sql("""
					update email_messages set attempts = :attempts, last_error = :error, status = :status,
					  next_attempt_at = now() + make_interval(secs => :backoff)
					where id = :id
					""")
				.param("attempts", attempts)
				.param("error", String.valueOf(ex.getMessage()))
				.param("status", EmailStatus.afterFailedAttempt(attempts, MAX_ATTEMPTS).name())
				.param("backoff", backoff.toSeconds())
				.param("id", message.id())
				.update();
			return false;
		}
	}

	private List<Attached> attachments(UUID messageId) {
		return jdbc.sql("select filename, content_type, content from email_attachments where message_id = ? order by position")
			.param(messageId)
			.query(Attached.class)
			.list();
	}

	record Attached(String filename, String contentType, byte[] content) {
	}

	record Due(UUID id, String toAddress, String subject, String bodyHtml, int attempts) {
	}
}
