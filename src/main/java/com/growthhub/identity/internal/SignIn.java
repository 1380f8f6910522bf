package com.growthhub.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Role;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.security.Throttle;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Password sign-in and its second step. The second step is required with an authenticator app
 * enabled, on a device that never completed it, and after 5 failed attempts; otherwise an emailed
 * code is the second step. Too many failures ({@code growthhub.identity.account-limit} in 15 minutes, counted
 * per account whatever the address) lock the account for the rest of the window, answered exactly like a
 * wrong password so the lock reveals nothing.
 */
@Service
public class SignIn {

	static final int FAILURES_BEFORE_SECOND_STEP = 5;

	/** Longer than a password check and the failure bookkeeping take on a busy node. */
	static final Duration FAILURE_FLOOR = Duration.ofMillis(400);
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final UserAccountRepository users;
	private final MembershipRepository memberships;
	private final PasswordPolicy passwords;
	private final OneTimeCodes codes;
	private final TrustedDevices devices;
	private final Authenticator authenticator;
	private final Throttle throttle;
	private final Outbox outbox;
	private final TenantTransactions transactions;
	private final AddressThrottle addresses;
	private final IdentitySettings settings;

	SignIn(UserAccountRepository users, MembershipRepository memberships, PasswordPolicy passwords,
			OneTimeCodes codes, TrustedDevices devices, Authenticator authenticator, Throttle throttle, Outbox outbox,
			TenantTransactions transactions, AddressThrottle addresses, IdentitySettings settings) {
		this.addresses = addresses;
		this.settings = settings;
		this.users = users;
		this.memberships = memberships;
		this.passwords = passwords;
		this.codes = codes;
		this.devices = devices;
		this.authenticator = authenticator;
		this.throttle = throttle;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	public sealed interface Outcome {

		record SignedIn(UserAccount user, @Nullable String deviceToken) implements Outcome {
		}

		/** @param method {@code email} or {@code authenticator} */
		record SecondStepRequired(UUID challengeId, String method) implements Outcome {
		}
	}

	/**
	 * Failed sign-ins lock one account from one address only: a lock on the account alone would let anyone lock
	 * anyone out with a few wrong passwords. Failures from every address still raise {@code failedLogins}, after
	 * which the right password also needs a second factor.
	 */
	private static String failureKey(String email, ClientInfo client) {
		return "sign-in:failures:" + email.toLowerCase(Locale.ROOT) + ":" + client.ipAddress();
	}

	public Outcome withPassword(String email, String password, ClientInfo client) {
		long started = System.nanoTime();
		addresses.count("sign-in", client.ipAddress());
		String normalized = UserAccount.normalize(email);
		UserAccount user = transactions.call(TenantScope.anonymous(), () -> users.findByEmail(normalized).orElse(null));
		String failureKey = failureKey(normalized, client);
		boolean locked = throttle.check(failureKey, settings.accountLimit(), WINDOW).isPresent();
		if (user == null || user.passwordHash() == null) {
			passwords.spendTimeLikeAMatch(password);
			throttle.hit(failureKey, Integer.MAX_VALUE, WINDOW);
			throw failedAfterTheFloor(started);
		}
		if (!passwords.matches(password, user.passwordHash()) || locked) {
			throttle.hit(failureKey, Integer.MAX_VALUE, WINDOW);
			transactions.run(scopeOf(user), () -> users.findById(user.id()).ifPresent(u -> {
				u.recordFailedSignIn();
				users.save(u);
			}));
			throw failedAfterTheFloor(started);
		}
		if (!user.isVerified()) {
			throw new EmailNotVerifiedException();
		}
		boolean needsSecondStep = user.hasTotp() || user.failedLogins() >= FAILURES_BEFORE_SECOND_STEP
				|| !transactions.call(scopeOf(user), () -> devices.isTrusted(user.id(), client.deviceToken()));
		if (!needsSecondStep) {
			return completed(user, client, false);
		}
		return transactions.call(scopeOf(user), () -> challenge(user));
	}

	/**
	 * A failed sign-in answers no sooner than {@link #FAILURE_FLOOR} after it began, whether the account exists or
	 * not: a known account also records the failure, and that small extra work must not tell who has an account.
	 */
	private static AuthenticationFailedException failedAfterTheFloor(long startedNanos) {
		long left = FAILURE_FLOOR.toNanos() - (System.nanoTime() - startedNanos);
		if (left > 0) {
			try {
				Thread.sleep(Duration.ofNanos(left));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return AuthenticationFailedException.invalidCredentials();
	}

	private Outcome challenge(UserAccount user) {
		if (user.hasTotp()) {
			return new Outcome.SecondStepRequired(codes.challengeAuthenticator(user.id()), "authenticator");
		}
		OneTimeCodes.Issued issued = codes.issue(user.id(), OneTimeCodes.Purpose.SIGN_IN);
		outbox.enqueue(new EmailRequest(null, user.id(), user.email(), "sign-in-code", "Your GrowthHub sign-in code",
				Map.of("firstName", user.firstName(), "code", issued.code()), issued.code()));
		return new Outcome.SecondStepRequired(issued.id(), "email");
	}

	/** Checks the second step. Wrong tries count even though the answer is an error. */
	public Outcome secondStep(UUID challengeId, String code, ClientInfo client) {
		addresses.count("code-check", client.ipAddress());
		record Check(@Nullable UserAccount user, int attemptsLeft) {
		}
		Check check = transactions.call(TenantScope.anonymous(), () -> {
			OneTimeCodes.Pending pending = codes.pending(challengeId, OneTimeCodes.Purpose.SIGN_IN).orElse(null);
			if (pending == null) {
				return new Check(null, -1);
			}
			UserAccount user = users.findById(pending.userId()).orElseThrow();
			boolean right = pending.viaAuthenticator() ? authenticator.verify(user.totpSecret(), code)
					: codes.matches(pending, code);
			if (!right) {
				return new Check(null, codes.recordWrongAttempt(pending));
			}
			codes.consume(pending);
			return new Check(user, 0);
		});
		if (check.attemptsLeft() < 0) {
			throw InvalidCodeException.expired();
		}
		if (check.user() == null) {
			throw InvalidCodeException.wrong(check.attemptsLeft());
		}
		return completed(check.user(), client, true);
	}

	private Outcome completed(UserAccount user, ClientInfo client, boolean trustDevice) {
		throttle.reset(failureKey(user.email(), client));
		String device = transactions.call(scopeOf(user), () -> {
			users.findById(user.id()).ifPresent(u -> {
				u.recordSignIn();
				users.save(u);
			});
			return trustDevice ? devices.trust(user.id(), client.deviceToken(), client.userAgent()) : null;
		});
		return new Outcome.SignedIn(user, device);
	}

	/** The organization a fresh sign-in starts in: the first one the user joined. */
	public @Nullable UUID defaultOrganization(UUID userId) {
		return transactions.call(TenantScope.user(userId, null),
				() -> memberships.findByUserIdOrderByCreatedAt(userId).stream().findFirst().map(Membership::organizationId).orElse(null));
	}

	public CurrentUser currentUser(UserAccount user, @Nullable UUID organizationId, @Nullable Role role, UUID sessionId) {
		return new CurrentUser(user.id(), user.email(), user.firstName(), user.lastName(), organizationId, role, sessionId);
	}

	private static TenantScope scopeOf(UserAccount user) {
		return new TenantScope(null, user.id(), new Actor.User(user.id()), false);
	}
}
