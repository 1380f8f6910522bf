package com.growthhub.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * NIST 800-63B / OWASP ASVS 5 passwords: 10 to 128 characters, not a known common password, no
 * composition rules. Hashed with argon2id at m = 19 MiB, t = 2, p = 1, set explicitly because
 * Spring Security's defaults are below the ASVS floor.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;
	static final int MAX_LENGTH = 128;

	private final PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
	private final Set<String> common = loadCommonPasswords();
	/** Compared against when the account does not exist, so both answers take as long. */
	private final String decoy = encoder.encode("decoy-password-for-timing");

	public void check(String field, String password) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw new PasswordRejectedException(field, "Use at least " + MIN_LENGTH + " characters.");
		}
		if (length > MAX_LENGTH) {
			throw new PasswordRejectedException(field, "Use at most " + MAX_LENGTH + " characters.");
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			throw new PasswordRejectedException(field, "This password is too common. Choose one that is harder to guess.");
		}
	}

	String hash(String password) {
		return encoder.encode(password);
	}

	boolean matches(String password, String hash) {
		return encoder.matches(password, hash);
	}

	void spendTimeLikeAMatch(String password) {
		encoder.matches(password, decoy);
	}

	private static Set<String> loadCommonPasswords() {
		Set<String> words = new HashSet<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}
}
