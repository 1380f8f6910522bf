package com.growthhub.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.security.Throttle;
import com.growthhub.platform.security.TooManyRequestsException;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * What a signed-in person changes about their own account: profile, time zone, password and the
 * authenticator app. Changing the password or the second factor ends every other session, all but the
 * one the person acts from.
 */
@Service
public class AccountSecurity {

	private final UserAccountRepository users;
	private final PasswordPolicy passwords;
	private final AuthSessions sessions;
	private final TrustedDevices devices;
	private final Authenticator authenticator;
	private final TenantTransactions transactions;
	private final ApiTokens apiTokens;
	private final Throttle throttle;
	private final IdentitySettings settings;

	AccountSecurity(UserAccountRepository users, PasswordPolicy passwords, AuthSessions sessions,
			TrustedDevices devices, Authenticator authenticator, TenantTransactions transactions, ApiTokens apiTokens,
			Throttle throttle, IdentitySettings settings) {
		this.throttle = throttle;
		this.settings = settings;
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
		this.devices = devices;
		this.authenticator = authenticator;
		this.transactions = transactions;
		this.apiTokens = apiTokens;
	}

	public record AuthenticatorSetup(String secret, String otpauthUri, String qrCodeDataUri) {
	}

	public UserAccount account(CurrentUser user) {
		return transactions.call(SignedInScope.of(user), () -> users.findById(user.userId()).orElseThrow());
	}

	/** A null name is kept as it is. */
	public UserAccount updateProfile(CurrentUser user, @Nullable String firstName, @Nullable String lastName) {
		return transactions.call(SignedInScope.of(user), () -> {
			UserAccount account = users.findById(user.userId()).orElseThrow();
			account.rename(firstName == null ? account.firstName() : firstName,
					lastName == null ? account.lastName() : lastName);
			return users.save(account);
		});
	}

	/**
	 * The zone this person reads times in; null follows the organization's. A zone that is not one answers 400 naming
	 * {@code timeZone}.
	 */
	public UserAccount changeTimeZone(CurrentUser user, @Nullable String zone) {
		String checked = zone == null ? null : PreferenceValues.zone("timeZone", zone);
		return transactions.call(SignedInScope.of(user), () -> {
			UserAccount account = users.findById(user.userId()).orElseThrow();
			account.changeTimeZone(checked);
			return users.save(account);
		});
	}

	/** @return how many other sessions were ended */
	public int changePassword(CurrentUser user, String currentPassword, String newPassword) {
		checkCurrentPassword(user, currentPassword);
		passwords.check("newPassword", newPassword);
		String hash = passwords.hash(newPassword);
		int sessionsEnded = transactions.call(SignedInScope.of(user), () -> {
			UserAccount fresh = users.findById(user.userId()).orElseThrow();
			fresh.changePassword(hash);
			users.save(fresh);
			return sessions.revokeAllExcept(user.userId(), user.sessionId(), "password changed");
		});
		apiTokens.revokeAllOf(user.userId());
		return sessionsEnded;
	}

	/** A new secret to show as a QR code; nothing changes until {@link #enableAuthenticator} confirms a code. */
	public AuthenticatorSetup prepareAuthenticator(String email) {
		String secret = authenticator.newSecret();
		return new AuthenticatorSetup(secret, authenticator.otpauthUri(secret, email),
				authenticator.qrCodeDataUri(secret, email));
	}

	public void enableAuthenticator(CurrentUser user, String secret, String code) {
		if (!secret.matches("[A-Z2-7]{16,64}") || !authenticator.verify(secret, code)) {
			throw InvalidCodeException.rejected();
		}
		transactions.run(SignedInScope.of(user), () -> {
			UserAccount account = users.findById(user.userId()).orElseThrow();
			account.enableTotp(secret);
			users.save(account);
			sessions.revokeAllExcept(user.userId(), user.sessionId(), "second factor changed");
		});
	}

	public void disableAuthenticator(CurrentUser user, String currentPassword) {
		checkCurrentPassword(user, currentPassword);
		transactions.run(SignedInScope.of(user), () -> {
			UserAccount fresh = users.findById(user.userId()).orElseThrow();
			fresh.disableTotp();
			users.save(fresh);
			devices.forgetAll(user.userId());
			sessions.revokeAllExcept(user.userId(), user.sessionId(), "second factor changed");
		});
	}

	/**
	 * Asking for the current password guards a session someone else may hold: wrong answers are limited like
	 * sign-ins (per person, {@code accountLimit} per 15 minutes), after which every check answers 429 until the
	 * window passes, right password or not, so the session cannot be used to guess it.
	 */
	private void checkCurrentPassword(CurrentUser user, String currentPassword) {
		String key = "current-password:failures:" + user.userId();
		throttle.check(key, settings.accountLimit(), SignIn.WINDOW).ifPresent(wait -> {
			throw new TooManyRequestsException(wait);
		});
		UserAccount account = account(user);
		if (account.passwordHash() == null || !passwords.matches(currentPassword, account.passwordHash())) {
			throttle.hit(key, Integer.MAX_VALUE, SignIn.WINDOW);
			throw new PasswordRejectedException("currentPassword", "The current password is not right.");
		}
	}
}
