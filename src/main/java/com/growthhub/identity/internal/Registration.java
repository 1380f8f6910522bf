package com.growthhub.identity.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.identity.OrganizationCreated;
import com.growthhub.identity.Role;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** Sign-up: a new account owning a new organization, confirmed by a 6-digit code sent by email. */
@Service
public class Registration {

	private final UserAccountRepository users;
	private final OrganizationRepository organizations;
	private final MembershipRepository memberships;
	private final PasswordPolicy passwords;
	private final OneTimeCodes codes;
	private final Outbox outbox;
	private final AddressThrottle addresses;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;
	private final PlatformSettings settings;

	Registration(UserAccountRepository users, OrganizationRepository organizations, MembershipRepository memberships,
			PasswordPolicy passwords, OneTimeCodes codes, Outbox outbox, AddressThrottle addresses,
			TenantTransactions transactions, ApplicationEventPublisher events, PlatformSettings settings) {
		this.settings = settings;
		this.events = events;
		this.users = users;
		this.organizations = organizations;
		this.memberships = memberships;
		this.passwords = passwords;
		this.codes = codes;
		this.outbox = outbox;
		this.addresses = addresses;
		this.transactions = transactions;
	}

	public record Registered(UUID userId, UUID organizationId) {
	}

	public Registered register(String email, String password, String firstName, String lastName,
			String organizationName, String ipAddress) {
		addresses.count("register", ipAddress);
		passwords.check("password", password);
		String hash = passwords.hash(password);
		UserAccount user = UserAccount.register(email, hash, firstName, lastName);
		Organization organization = Organization.named(organizationName);
		TenantScope scope = new TenantScope(OrganizationId.of(organization.id()), user.id(), new Actor.User(user.id()),
				false);
		return transactions.call(scope, () -> {
			UserAccount existing = users.findByEmail(user.email()).orElse(null);
			if (existing != null) {
				return answerAsIfNew(existing);
			}
			users.save(user);
			organizations.save(organization);
			memberships.save(Membership.of(organization.id(), user.id(), Role.OWNER));
			events.publishEvent(new OrganizationCreated(OrganizationId.of(organization.id()), organization.name(), user.id()));
			sendVerificationCode(user, organization.id());
			return new Registered(user.id(), organization.id());
		});
	}

	/**
	 * A registration for an address that has an account answers exactly like a new one (so the form cannot tell
	 * anyone which addresses have accounts), with ids that exist nowhere; the owner of the address is told by email.
	 */
	private Registered answerAsIfNew(UserAccount existing) {
		outbox.enqueue(new EmailRequest(null, existing.id(), existing.email(), "account-exists",
				"You already have a GrowthHub account",
				Map.of("firstName", existing.firstName(), "link", settings.baseUrl() + "/login"), null));
		return new Registered(Ids.next(), Ids.next());
	}

	/** Confirms the address. A wrong code counts against the code even though the answer is an error. */
	public void verifyEmail(String email, String code, String ipAddress) {
		addresses.count("code-check", ipAddress);
		int attemptsLeft = transactions.call(TenantScope.anonymous(), () -> {
			UserAccount user = users.findByEmail(UserAccount.normalize(email)).orElse(null);
			if (user == null) {
				return -1;
			}
			OneTimeCodes.Pending pending = codes.latestPending(user.id(), OneTimeCodes.Purpose.VERIFY_EMAIL).orElse(null);
			if (pending == null) {
				return -1;
			}
			if (!codes.matches(pending, code)) {
				return codes.recordWrongAttempt(pending);
			}
			codes.consume(pending);
			user.verifyEmail();
			users.save(user);
			return Integer.MAX_VALUE;
		});
		if (attemptsLeft == -1) {
			throw InvalidCodeException.expired();
		}
		if (attemptsLeft != Integer.MAX_VALUE) {
			throw InvalidCodeException.wrong(attemptsLeft);
		}
	}

	/** Sends a new code to an unverified account; silently does nothing for unknown or verified ones. */
	public void resendCode(String email, String ipAddress) {
		addresses.count("resend", ipAddress);
		UserAccount user = transactions.call(TenantScope.anonymous(),
				() -> users.findByEmail(UserAccount.normalize(email)).orElse(null));
		if (user == null || user.isVerified()) {
			return;
		}
		transactions.run(new TenantScope(null, user.id(), new Actor.User(user.id()), false), () -> sendVerificationCode(user,
				memberships.findByUserIdOrderByCreatedAt(user.id()).stream().findFirst().map(Membership::organizationId).orElse(null)));
	}

	private void sendVerificationCode(UserAccount user, UUID organizationId) {
		OneTimeCodes.Issued issued = codes.issue(user.id(), OneTimeCodes.Purpose.VERIFY_EMAIL);
		outbox.enqueue(new EmailRequest(organizationId == null ? null : OrganizationId.of(organizationId), user.id(),
				user.email(), "verify-email", "Confirm your email for GrowthHub",
				Map.of("firstName", user.firstName(), "code", issued.code()), issued.code()));
	}
}
