package com.growthhub.pipeline.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.pipeline.PlugSubmitted;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * Submitting a contact as a plug (seed 000 §3.2): the conversion and the {@link PlugSubmitted} event commit
 * together; {@link PlugNotifications} then tells the team's leads.
 */
@Service
public class PlugSubmissions {

	static final Set<Role> NOTIFIED = EnumSet.of(Role.OWNER, Role.ADMIN, Role.MANAGER);

	private final ContactDirectory contacts;
	private final Members members;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	PlugSubmissions(ContactDirectory contacts, Members members, TenantTransactions transactions,
			ApplicationEventPublisher events) {
		this.contacts = contacts;
		this.members = members;
		this.transactions = transactions;
		this.events = events;
	}

	/** Converts the contact and announces it; answers the contact's name. Only a person submits a plug. */
	public String submit(OrganizationId organization, Actor actor, UUID contactId) {
		UserId submitter = UserId.of(actor.requireUserId());
		return transactions.call(organization, actor, () -> {
			String name = contacts.submitPlug(organization, actor, ContactId.of(contactId));
			// Named as the team sees them in pickers: their e-mail when they gave no name.
			String submitterName = members.find(organization, submitter.value()).map(Members.Member::name).orElse("");
			events.publishEvent(new PlugSubmitted(organization, ContactId.of(contactId), name, submitter, submitterName,
					Instant.now()));
			return name;
		});
	}
}
