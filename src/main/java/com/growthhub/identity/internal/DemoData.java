package com.growthhub.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationCreated;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.ServerAddress;
import com.growthhub.shared.OrganizationId;

/**
 * A demo organization with a known owner login, so a fresh install can be tried at once.
 * Turned off with {@code GROWTHHUB_DEMO_DATA=false}; never overwrites an existing account.
 */
@Component
@ConditionalOnProperty(name = "growthhub.demo-data", havingValue = "true", matchIfMissing = true)
class DemoData {

	static final String EMAIL = "demo@growthhub.local";
	/** Public on purpose: it is written in the README. Turn demo data off in production. */
	static final String PASSWORD = "growthhub-demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final UserAccountRepository users;
	private final OrganizationRepository organizations;
	private final MembershipRepository memberships;
	private final PasswordPolicy passwords;
	private final TenantTransactions transactions;
	private final ServerAddress address;
	private final ApplicationEventPublisher events;

	DemoData(UserAccountRepository users, OrganizationRepository organizations, MembershipRepository memberships,
			PasswordPolicy passwords, TenantTransactions transactions, ServerAddress address,
			ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.organizations = organizations;
		this.memberships = memberships;
		this.passwords = passwords;
		this.transactions = transactions;
		this.address = address;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		boolean exists = transactions.call(TenantScope.anonymous(), () -> users.findByEmail(EMAIL).isPresent());
		if (!exists) {
			UserAccount owner = UserAccount.register(EMAIL, passwords.hash(PASSWORD), "Dana", "Demo");
			owner.verifyEmail();
			Organization organization = Organization.named("Demo Agency");
			transactions.run(TenantScope.organization(OrganizationId.of(organization.id()), new Actor.Job("demo-data")),
					() -> {
						users.save(owner);
						organizations.save(organization);
						memberships.save(Membership.of(organization.id(), owner.id(), Role.OWNER));
						events.publishEvent(new OrganizationCreated(OrganizationId.of(organization.id()), organization.name(), owner.id()));
					});
		}
		String url = address.baseUrl();
		log.info("Demo organization 'Demo Agency' ready: sign in at {}/login as {} with password {} "
				+ "(the new-device code is in the local mailbox at {}/mailbox)", url, EMAIL, PASSWORD, url);
	}
}
