package com.growthhub.pipeline.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Role;
import com.growthhub.pipeline.PlugSubmitted;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.UserId;

/**
 * Submitting a contact as a plug (seed 000 §3.2): the conversion and the {@link PlugSubmitted} event commit
 * together; {@link PlugNotifications} then tells the team's leads.
 */
@Service
public class PlugSubmissions {

	static final Set<Role> NOTIFIED = EnumSet.of(Role.OWNER, Role.ADMIN, Role.MANAGER);

	private final ContactDirectory contacts;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	PlugSubmissions(ContactDirectory contacts, TenantTransactions transactions, ApplicationEventPublisher events) {
		this.contacts = contacts;
		this.transactions = transactions;
		this.events = events;
	}

	/** Converts the contact and announces it; answers the contact's name. */
	public String submit(CurrentUser user, UUID contactId) {
		return transactions.call(TenantScope.user(user.userId(), user.organization()), () -> {
			String name = contacts.submitPlug(user.organization(), new Actor.User(user.userId()), ContactId.of(contactId));
			events.publishEvent(new PlugSubmitted(user.organization(), ContactId.of(contactId), name,
					UserId.of(user.userId()), user.displayName(), Instant.now()));
			return name;
		});
	}
}
