package com.growthhub.identity.internal;

import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * What a signed-in person changes about their own account: profile, password and the
 * authenticator app. Changing the password or the second factor ends every other session.
 */
@Service
public class AccountSecurity {

	private final UserAccountRepository users;
	private final PasswordPolicy passwords;
	private final AuthSessions sessions;
	private final TrustedDevices devices;
	private final Authenticator authenticator;
	private final TenantTransactions transactions;

	AccountSecurity(UserAccountRepository users, PasswordPolicy passwords, AuthSessions sessions,
			TrustedDevices devices, Authenticator authenticator, TenantTransactions transactions) {
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
		this.devices = devices;
		this.authenticator = authenticator;
		this.transactions = transactions;
	}

	public record AuthenticatorSetup(String secret, String otpauthUri, String qrCodeDataUri) {
	}

	public UserAccount account(UUID userId) {
		return transactions.call(TenantContext.current(), () -> users.findById(userId).orElseThrow());
	}

	public UserAccount updateProfile(UUID userId, String firstName, String lastName) {
		return transactions.call(TenantContext.current(), () -> {
			UserAccount user = users.findById(userId).orElseThrow();
			user.rename(firstName, lastName);
			return users.save(user);
		});
	}

	/** @return how many other sessions were ended */
	public int changePassword(UUID userId, UUID currentSession, String currentPassword, String newPassword) {
		UserAccount user = account(userId);
		if (user.passwordHash() == null || !passwords.matches(currentPassword, user.passwordHash())) {
			throw new PasswordRejectedException("currentPassword", "The current password is not right.");
		}
		passwords.check("newPassword", newPassword);
		String hash = passwords.hash(newPassword);
		return transactions.call(TenantContext.current(), () -> {
			UserAccount fresh = users.findById(userId).orElseThrow();
			fresh.changePassword(hash);
			users.save(fresh);
			return sessions.revokeAllExcept(userId, currentSession, "password changed");
		});
	}

	/** A new secret to show as a QR code; nothing changes until {@link #enableAuthenticator} confirms a code. */
	public AuthenticatorSetup prepareAuthenticator(String email) {
		String secret = authenticator.newSecret();
		return new AuthenticatorSetup(secret, authenticator.otpauthUri(secret, email),
				authenticator.qrCodeDataUri(secret, email));
	}

	public void enableAuthenticator(UUID userId, UUID currentSession, String secret, String code) {
		if (!secret.matches("[A-Z2-7]{16,64}") || !authenticator.verify(secret, code)) {
			throw InvalidCodeException.rejected();
		}
		transactions.run(TenantContext.current(), () -> {
			UserAccount user = users.findById(userId).orElseThrow();
			user.enableTotp(secret);
			users.save(user);
			sessions.revokeAllExcept(userId, currentSession, "second factor changed");
		});
	}

	public void disableAuthenticator(UUID userId, UUID currentSession, String currentPassword) {
		UserAccount user = account(userId);
		if (user.passwordHash() == null || !passwords.matches(currentPassword, user.passwordHash())) {
			throw new PasswordRejectedException("currentPassword", "The current password is not right.");
		}
		transactions.run(TenantContext.current(), () -> {
			UserAccount fresh = users.findById(userId).orElseThrow();
			fresh.disableTotp();
			users.save(fresh);
			devices.forgetAll(userId);
			sessions.revokeAllExcept(userId, currentSession, "second factor changed");
		});
	}
}
