package com.growthhub.pipeline.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantTransactions;

/** Submitting a contact as a plug (seed 000 §3.2): the status change and a notification to the team's leads. */
@Service
public class PlugSubmissions {

	static final Set<Role> NOTIFIED = EnumSet.of(Role.OWNER, Role.ADMIN, Role.MANAGER);

	private final ContactDirectory contacts;
	private final Members members;
	private final Notifications notifications;
	private final TenantTransactions transactions;

	PlugSubmissions(ContactDirectory contacts, Members members, Notifications notifications,
			TenantTransactions transactions) {
		this.contacts = contacts;
		this.members = members;
		this.notifications = notifications;
		this.transactions = transactions;
	}

	/** Converts the contact and notifies managers, admins and owners other than the actor; answers the contact's name. */
	public String submit(CurrentUser user, UUID contactId) {
		return transactions.call(TenantContext.current(), () -> {
			String name = contacts.submitPlug(user, contactId);
			List<Notifications.Recipient> team = members.list(user.organization()).stream()
				.filter(m -> NOTIFIED.contains(m.role()) && !m.userId().equals(user.userId()))
				.map(m -> new Notifications.Recipient(m.userId(), m.email())).toList();
			if (!team.isEmpty()) {
				notifications.send(user.organization(), team, NotificationType.PLUG_SUBMITTED, "Plug submitted: " + name,
						user.displayName() + " submitted " + name + " as a plug.", "/contacts/" + contactId);
			}
			return name;
		});
	}
}
