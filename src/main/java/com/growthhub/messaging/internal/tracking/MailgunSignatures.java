package com.growthhub.messaging.internal.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.ProblemException;

/**
 * Mailgun signs each webhook: HMAC-SHA256 of {@code timestamp + token} with the webhook signing key, hex. A
 * signature that does not match answers 401; one older (or newer) than five minutes, or a token already seen,
 * answers 406 — the status Mailgun treats as "do not retry".
 */
@Component
public class MailgunSignatures {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	private final Clock clock;

	MailgunSignatures(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = Clock.systemUTC();
	}

	public void verify(String signingKey, String timestamp, String token, String signature) {
		if (timestamp.isEmpty() || token.isEmpty() || token.length() > 200
				|| !MessageDigest.isEqual(hmac(signingKey, timestamp + token).getBytes(StandardCharsets.US_ASCII),
						signature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
			throw new RefusedWebhookException(HttpStatus.UNAUTHORIZED, "The signature does not match.");
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp);
		}
		catch (NumberFormatException e) {
			throw new RefusedWebhookException(HttpStatus.NOT_ACCEPTABLE, "The timestamp is not a number of seconds.");
		}
		Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
		if (age.compareTo(MAX_AGE) > 0) {
			throw new RefusedWebhookException(HttpStatus.NOT_ACCEPTABLE, "The delivery is more than five minutes old.");
		}
		boolean fresh = transactions.call(TenantScope.system(new Actor.Job("mailgun-webhook")), () -> {
			jdbc.sql("delete from mailgun_webhook_tokens where received_at < now() - interval '15 minutes'").update();
			return jdbc.sql("insert into mailgun_webhook_tokens (token) values (?) on conflict do nothing")
				.param(token)
				.update() == 1;
		});
		if (!fresh) {
			throw new RefusedWebhookException(HttpStatus.NOT_ACCEPTABLE, "This delivery was received before.");
		}
	}

	static String hmac(String key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
		}
	}

	static class RefusedWebhookException extends ProblemException {

		RefusedWebhookException(HttpStatus status, String detail) {
			super(status, "Webhook refused", detail);
		}
	}
}
