package com.growthhub.pipeline.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.messaging.Notifications;
import com.growthhub.pipeline.DealAssigned;
import com.growthhub.pipeline.DealWon;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

/** Tells a deal's new owner that it is theirs, and its owner and the managers that it was won. */
@Component
class DealNotifications {

	private static final Actor ACTOR = new Actor.Job("deal-notifications");

	private final Members members;
	private final Notifications notifications;
	private final TenantTransactions transactions;

	DealNotifications(Members members, Notifications notifications, TenantTransactions transactions) {
		this.members = members;
		this.notifications = notifications;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(DealAssigned event) {
		if (event.ownerId().equals(event.assignedBy())) {
			return;
		}
		transactions.run(event.organizationId(), ACTOR, () -> members
			.find(event.organizationId(), event.ownerId().value())
			.ifPresent(owner -> notifications.sendOnce("deal-assigned:" + event.dealId() + ":" + event.occurredAt(),
					event.organizationId(), List.of(new Notifications.Recipient(owner.userId(), owner.email())),
					PipelineNotificationTypes.DEAL_ASSIGNED, "Deal assigned to you: " + event.title(),
					"You now own the deal \"" + event.title() + "\".", "/deals/" + event.dealId())));
	}

	@ApplicationModuleListener
	void on(DealWon event) {
		transactions.run(event.organizationId(), ACTOR, () -> {
			UUID owner = event.ownerId() == null ? null : event.ownerId().value();
			Map<UUID, Notifications.Recipient> recipients = new LinkedHashMap<>();
			for (Members.Member member : members.list(event.organizationId())) {
				if (member.userId().equals(owner) || member.role().atLeast(Role.MANAGER)) {
					recipients.put(member.userId(), new Notifications.Recipient(member.userId(), member.email()));
				}
			}
			if (!recipients.isEmpty()) {
				notifications.sendOnce("deal-won:" + event.dealId() + ":" + event.occurredAt(), event.organizationId(),
						List.copyOf(recipients.values()), PipelineNotificationTypes.DEAL_WON, "Deal won: " + event.title(),
						"The deal \"" + event.title() + "\" was won.", "/deals/" + event.dealId());
			}
		});
	}
}
