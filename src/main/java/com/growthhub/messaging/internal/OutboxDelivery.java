package com.growthhub.messaging.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.messaging.internal.delivery.MailTransport;
import com.growthhub.messaging.internal.delivery.MailTransportException;
import com.growthhub.messaging.internal.delivery.OutgoingEmail;
import com.growthhub.messaging.internal.tracking.EmailStatusEvents;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

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
	private final MailTransport transport;
	private final MessagingSettings settings;
	private final EmailStatusEvents statusEvents;

	OutboxDelivery(JdbcClient jdbc, TenantTransactions transactions, MailTransport transport,
			MessagingSettings settings, EmailStatusEvents statusEvents) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.transport = transport;
		this.settings = settings;
		this.statusEvents = statusEvents;
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
				select id, from_address, to_address, subject, body_html, coalesce(body_text, '') as body_text, tracked, attempts
				from email_messages
				where status = ? and next_attempt_at <= now()
				order by next_attempt_at limit 1 for update skip locked
				""").param(EmailStatus.PENDING.name()).query(Due.class).optional();
		return next.map(this::send);
	}

	private boolean send(Due message) {
		try {
			List<OutgoingEmail.Attached> attachments = attachments(message.id());
			String providerId = transport.send(new OutgoingEmail(message.id(), message.fromAddress() != null ? message.fromAddress() : settings.from(), message.toAddress(),
					message.subject(), message.bodyHtml(), message.bodyText(), attachments, message.tracked()));
			jdbc.sql("""
					update email_messages set status = :status, sent_at = now(), status_changed_at = now(),
					  attempts = attempts + 1, last_error = null, transport = :transport, provider_message_id = :providerId
					where id = :id
					""")
				.param("status", EmailStatus.SENT.name())
				.param("transport", transport.name())
				.param("providerId", providerId)
				.param("id", message.id())
				.update();
			statusEvents.changed(message.id());
			return true;
		}
		catch (MailTransportException ex) {
			int attempts = message.attempts() + 1;
			Duration backoff = Duration.ofSeconds(30L << Math.min(attempts - 1, 10));
			log.warn("Sending email {} by {} failed (attempt {}): {}", message.id(), transport.name(), attempts,
					ex.getMessage());
			EmailStatus status = EmailStatus.afterFailedAttempt(attempts, MAX_ATTEMPTS);
			jdbc.sql("""
					update email_messages set attempts = :attempts, last_error = :error, status = :status,
					  next_attempt_at = now() + make_interval(secs => :backoff),
					  status_changed_at = case when :status = 'FAILED' then now() else status_changed_at end
					where id = :id
					""")
				.param("attempts", attempts)
				.param("error", String.valueOf(ex.getMessage()))
				.param("status", status.name())
				.param("backoff", backoff.toSeconds())
				.param("id", message.id())
				.update();
			if (status == EmailStatus.FAILED) {
				statusEvents.changed(message.id());
			}
			return false;
		}
	}

	private List<OutgoingEmail.Attached> attachments(UUID messageId) {
		return jdbc.sql("select filename, content_type, content from email_attachments where message_id = ? order by position")
			.param(messageId)
			.query(OutgoingEmail.Attached.class)
			.list();
	}

	record Due(UUID id, @org.jspecify.annotations.Nullable String fromAddress, String toAddress, String subject, String bodyHtml, String bodyText, boolean tracked,
			int attempts) {
	}
}
