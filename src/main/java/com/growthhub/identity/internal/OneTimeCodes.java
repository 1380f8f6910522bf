package com.growthhub.identity.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.platform.security.Throttle;
import com.growthhub.platform.security.TooManyRequestsException;
import com.growthhub.shared.Ids;

/**
 * Six-digit codes for email verification and the emailed sign-in step: stored as a keyed hash,
 * valid 10 minutes, dead after 5 wrong tries, at most 3 sent per account per 15 minutes. A new
 * code replaces the previous one of the same purpose.
 */
@Component
public class OneTimeCodes {

	static final Duration VALIDITY = Duration.ofMinutes(10);
	static final int MAX_ATTEMPTS = 5;
	static final int MAX_SENDS = 3;
	static final Duration SEND_WINDOW = Duration.ofMinutes(15);
	/** Stored instead of a hash when the code comes from the user's authenticator app. */
	static final String AUTHENTICATOR = "authenticator";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final InstallationSecrets secrets;
	private final Throttle throttle;

	OneTimeCodes(JdbcClient jdbc, InstallationSecrets secrets, Throttle throttle) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.throttle = throttle;
	}

	enum Purpose {
		VERIFY_EMAIL, SIGN_IN
	}

	record Issued(UUID id, String code) {
	}

	record Pending(UUID id, UUID userId, Purpose purpose, String codeHash, int attempts) {
		boolean viaAuthenticator() {
			return AUTHENTICATOR.equals(codeHash);
		}
	}

	/** Issues a code to be emailed; throws 429 past the send limit. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Issued issue(UUID userId, Purpose purpose) {
		throttle.hit("code-send:" + userId, MAX_SENDS, SEND_WINDOW).ifPresent(wait -> {
			throw new TooManyRequestsException(wait);
		});
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		return new Issued(insert(userId, purpose, secrets.pepperedHash("otp", code)), code);
	}

	/** A sign-in challenge answered from the authenticator app: nothing is sent. */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID challengeAuthenticator(UUID userId) {
		return insert(userId, Purpose.SIGN_IN, AUTHENTICATOR);
	}

	private UUID insert(UUID userId, Purpose purpose, String hash) {
		jdbc.sql("update one_time_codes set consumed_at = now() where user_id = ? and purpose = ? and consumed_at is null")
			.params(userId, purpose.name())
			.update();
		UUID id = Ids.next();
		jdbc.sql("""
				insert into one_time_codes (id, user_id, purpose, code_hash, expires_at)
				values (?, ?, ?, ?, now() + make_interval(secs => ?))
				""").params(id, userId, purpose.name(), hash, VALIDITY.toSeconds()).update();
		return id;
	}

	/** The live code (not used, not expired, tries left) with this id, locked for checking. */
	Optional<Pending> pending(UUID codeId, Purpose purpose) {
		return jdbc.sql("""
				select id, user_id, purpose, code_hash, attempts from one_time_codes
				where id = ? and purpose = ? and consumed_at is null and expires_at > now() and attempts < ?
				for update
				""").params(codeId, purpose.name(), MAX_ATTEMPTS).query(Pending.class).optional();
	}

	Optional<Pending> latestPending(UUID userId, Purpose purpose) {
		return jdbc.sql("""
				select id, user_id, purpose, code_hash, attempts from one_time_codes
				where user_id = ? and purpose = ? and consumed_at is null and expires_at > now() and attempts < ?
				order by created_at desc limit 1 for update
				""").params(userId, purpose.name(), MAX_ATTEMPTS).query(Pending.class).optional();
	}

	boolean matches(Pending pending, String code) {
		return InstallationSecrets.constantTimeEquals(pending.codeHash(), secrets.pepperedHash("otp", code.strip()));
	}

	void consume(Pending pending) {
		jdbc.sql("update one_time_codes set consumed_at = now() where id = ?").param(pending.id()).update();
	}

	/** Counts a wrong try and returns how many are left; the fifth wrong try kills the code. */
	int recordWrongAttempt(Pending pending) {
		int attempts = pending.attempts() + 1;
		jdbc.sql("update one_time_codes set attempts = ?, consumed_at = case when ? >= ? then now() end where id = ?")
			.params(attempts, attempts, MAX_ATTEMPTS, pending.id())
			.update();
		return Math.max(0, MAX_ATTEMPTS - attempts);
	}
}
