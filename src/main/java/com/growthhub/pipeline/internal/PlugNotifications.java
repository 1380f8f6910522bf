package com.growthhub.pipeline.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.messaging.Notifications;
import com.growthhub.pipeline.PlugSubmitted;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

/** Tells the organization's managers, admins and owners (but not the submitter) about a submitted plug. */
@Component
class PlugNotifications {

	private final Members members;
	private final Notifications notifications;
	private final TenantTransactions transactions;

	PlugNotifications(Members members, Notifications notifications, TenantTransactions transactions) {
		this.members = members;
		this.notifications = notifications;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(PlugSubmitted event) {
		transactions.run(event.organizationId(), new Actor.Job("plug-notifications"), () -> {
			List<Notifications.Recipient> team = members.list(event.organizationId()).stream()
				.filter(m -> PlugSubmissions.NOTIFIED.contains(m.role()) && !m.userId().equals(event.submittedBy().value()))
				.map(m -> new Notifications.Recipient(m.userId(), m.email())).toList();
			if (!team.isEmpty()) {
				notifications.sendOnce("plug-submitted:" + event.contactId() + ":" + event.occurredAt(),
						event.organizationId(), team, PipelineNotificationTypes.PLUG_SUBMITTED, "Plug submitted: " + event.contactName(),
						event.submitterName() + " submitted " + event.contactName() + " as a plug.",
						"/contacts/" + event.contactId());
			}
		});
	}
}
