package com.growthhub.messaging.internal.lines;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Hands queued texts to the SMS provider one at a time under a row lock (SKIP LOCKED), so several nodes never send one
 * twice; failures retry with backoff, a refusal by the provider fails the message at once. With no provider the texts
 * stay queued, readable in their conversation.
 */
public class SmsOutbox {

	private static final Logger log = LoggerFactory.getLogger(SmsOutbox.class);
	static final int MAX_ATTEMPTS = 6;
	private static final int BATCH = 50;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final @Nullable SmsTransport transport;

	SmsOutbox(JdbcClient jdbc, TenantTransactions transactions, @Nullable SmsTransport transport) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.transport = transport;
	}

	public int deliverDue() {
		if (transport == null) {
			return 0;
		}
		TenantScope scope = TenantScope.system(new Actor.Job("sms-delivery"));
		int sent = 0;
		for (int i = 0; i < BATCH; i++) {
			Optional<Boolean> outcome = transactions.callInNewTransaction(scope, () -> deliverNext(transport));
			if (outcome.isEmpty()) {
				break;
			}
			sent += outcome.get() ? 1 : 0;
		}
		return sent;
	}

	private Optional<Boolean> deliverNext(SmsTransport transport) {
		return jdbc.sql("""
				select m.id, m.from_address, m.to_address, m.body, m.attempts
				from conversation_messages m join conversations c on c.id = m.conversation_id
				where m.status = 'QUEUED' and m.direction = 'OUTBOUND' and c.channel = 'SMS' and m.next_attempt_at <= now()
				order by m.next_attempt_at limit 1 for update of m skip locked
				""").query(Due.class).optional().map(due -> send(transport, due));
	}

	private boolean send(SmsTransport transport, Due text) {
		try {
			String providerId = transport.send(text.fromAddress(), text.toAddress(), text.body());
			jdbc.sql("""
					update conversation_messages set status = 'SENT', sent_at = now(), attempts = attempts + 1,
					  last_error = null, provider_id = ? where id = ?
					""").params(providerId, text.id()).update();
			return true;
		}
		catch (SmsTransport.SmsTransportException ex) {
			int attempts = text.attempts() + 1;
			boolean failed = ex.permanent() || attempts >= MAX_ATTEMPTS;
			log.warn("Sending text {} by {} failed (attempt {}): {}", text.id(), transport.name(), attempts, ex.getMessage());
			jdbc.sql("""
					update conversation_messages set attempts = ?, last_error = ?, status = ?,
					  next_attempt_at = now() + make_interval(secs => ?)
					where id = ?
					""").params(attempts, String.valueOf(ex.getMessage()), failed ? "FAILED" : "QUEUED",
					Duration.ofSeconds(30L << Math.min(attempts - 1, 8)).toSeconds(), text.id()).update();
			return false;
		}
	}

	record Due(UUID id, String fromAddress, String toAddress, String body, int attempts) {
	}
}
