package com.growthhub.identity.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.platform.security.Throttle;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.Ids;

/** Forgotten passwords: a single-use link valid for one hour; using it ends every session. */
@Service
public class PasswordReset {

	static final Duration VALIDITY = Duration.ofHours(1);

	private final UserAccountRepository users;
	private final PasswordPolicy passwords;
	private final AuthSessions sessions;
	private final Outbox outbox;
	private final Throttle throttle;
	private final AddressThrottle addresses;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final PlatformSettings settings;
	private final ApiTokens apiTokens;
	private final TaskExecutor background;

	private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

	PasswordReset(UserAccountRepository users, PasswordPolicy passwords, AuthSessions sessions, Outbox outbox,
			Throttle throttle, AddressThrottle addresses, JdbcClient jdbc, TenantTransactions transactions,
			PlatformSettings settings, ApiTokens apiTokens, @Qualifier("applicationTaskExecutor") TaskExecutor background) {
		this.background = background;
		this.apiTokens = apiTokens;
		this.addresses = addresses;
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
		this.outbox = outbox;
		this.throttle = throttle;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
	}

	/**
	 * Emails a reset link if the account exists. The caller answers the same either way and, since looking the
	 * account up and writing the link happen after the answer (on another thread), in the same time too: a known
	 * address must not answer measurably slower than an unknown one.
	 */
	public void requestReset(String email, String ipAddress) {
		addresses.count("forgot-password", ipAddress);
		background.execute(() -> {
			try {
				sendResetLink(email);
			}
			catch (RuntimeException ex) {
				log.error("Could not send a password reset link", ex);
			}
		});
	}

	private void sendResetLink(String email) {
		UserAccount user = transactions.call(TenantScope.anonymous(),
				() -> users.findByEmail(UserAccount.normalize(email)).orElse(null));
		if (user == null || throttle.hit("reset-send:" + user.id(), 3, Duration.ofMinutes(15)).isPresent()) {
			return;
		}
		String token = InstallationSecrets.randomToken(32);
		String link = settings.baseUrl() + "/reset-password?token=" + token;
		transactions.run(new TenantScope(null, user.id(), new Actor.User(user.id()), false), () -> {
			jdbc.sql("update password_reset_tokens set used_at = now() where user_id = ? and used_at is null")
				.param(user.id())
				.update();
			jdbc.sql("""
					insert into password_reset_tokens (id, user_id, token_hash, expires_at)
					values (?, ?, ?, now() + make_interval(secs => ?))
					""").params(Ids.next(), user.id(), InstallationSecrets.sha256(token), VALIDITY.toSeconds()).update();
			outbox.enqueue(new EmailRequest(null, user.id(), user.email(), "password-reset", "Reset your GrowthHub password",
					Map.of("firstName", user.firstName(), "link", link), token));
		});
	}

	public void reset(String token, String newPassword) {
		passwords.check("newPassword", newPassword);
		String hash = passwords.hash(newPassword);
		UUID userId = transactions.call(TenantScope.anonymous(), () -> jdbc.sql("""
				update password_reset_tokens set used_at = now()
				where token_hash = ? and used_at is null and expires_at > now()
				returning user_id
				""").param(InstallationSecrets.sha256(token)).query(UUID.class).optional().orElse(null));
		if (userId == null) {
			throw InvalidTokenException.resetToken();
		}
		transactions.run(new TenantScope(null, userId, new Actor.User(userId), false), () -> {
			UserAccount user = users.findById(userId).orElseThrow();
			user.changePassword(hash);
			// Proving control of the mailbox is as good as a verification code.
			user.verifyEmail();
			users.save(user);
			sessions.revokeAllExcept(userId, null, "password reset");
		});
		apiTokens.revokeAllOf(userId);
	}
}
