package com.growthhub.identity.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.security.InstallationSecrets;
import com.growthhub.shared.Ids;

/**
 * Devices that completed a second sign-in step. A device carries a random token (a long-lived
 * cookie in browsers, {@code X-Device-Token} for programs); without a known one, sign-in asks for
 * an emailed code.
 */
@Component
class TrustedDevices {

	private final JdbcClient jdbc;

	TrustedDevices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isTrusted(UUID userId, @Nullable String deviceToken) {
		if (deviceToken == null || deviceToken.isBlank() || deviceToken.length() > 200) {
			return false;
		}
		return jdbc.sql("update trusted_devices set last_seen_at = now() where user_id = ? and token_hash = ?")
			.params(userId, InstallationSecrets.sha256(deviceToken))
			.update() > 0;
	}

	/** Remembers a device and returns its token, or keeps the one it already has. */
	String trust(UUID userId, @Nullable String currentToken, @Nullable String userAgent) {
		if (isTrusted(userId, currentToken)) {
			return currentToken;
		}
		String token = InstallationSecrets.randomToken(32);
		jdbc.sql("insert into trusted_devices (id, user_id, token_hash, user_agent) values (?, ?, ?, ?)")
			.params(Ids.next(), userId, InstallationSecrets.sha256(token), truncate(userAgent))
			.update();
		return token;
	}

	void forgetAll(UUID userId) {
		jdbc.sql("delete from trusted_devices where user_id = ?").param(userId).update();
	}

	private static @Nullable String truncate(@Nullable String text) {
		return text == null || text.length() <= 300 ? text : text.substring(0, 300);
	}
}
