package com.growthhub.pipeline.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.shared.OrganizationId;

/** Tells the board's viewers that a deal changed, and the people concerned that it was assigned or won. */
@Component
class DealActivity {

	private final LiveUpdates live;
	private final Notifications notifications;
	private final Members members;

	DealActivity(LiveUpdates live, Notifications notifications, Members members) {
		this.live = live;
		this.notifications = notifications;
		this.members = members;
	}

	void changed(DealView deal, @Nullable UUID fromStageId) {
		String from = fromStageId == null ? "" : ",\"fromStageId\":\"" + fromStageId + "\"";
		live.publish(Board.liveTopic(deal.pipelineId()), "deal-moved",
				"{\"dealId\":\"" + deal.id() + "\",\"stageId\":\"" + deal.stageId() + "\"" + from + "}");
	}

	void assigned(OrganizationId organization, DealView deal, @Nullable UUID actor) {
		if (deal.ownerId() == null || deal.ownerId().equals(actor)) {
			return;
		}
		members.find(organization, deal.ownerId())
			.ifPresent(owner -> notifications.send(organization, List.of(new Notifications.Recipient(owner.userId(), owner.email())),
					NotificationType.DEAL_ASSIGNED, "Deal assigned to you: " + deal.title(),
					"You now own the deal \"" + deal.title() + "\".", "/deals/" + deal.id()));
	}

	void won(OrganizationId organization, DealView deal) {
		Map<UUID, Notifications.Recipient> recipients = new LinkedHashMap<>();
		for (Members.Member member : members.list(organization)) {
			if (member.userId().equals(deal.ownerId()) || member.role().atLeast(Role.MANAGER)) {
				recipients.put(member.userId(), new Notifications.Recipient(member.userId(), member.email()));
			}
		}
		if (!recipients.isEmpty()) {
			notifications.send(organization, List.copyOf(recipients.values()), NotificationType.DEAL_WON,
					"Deal won: " + deal.title(), "The deal \"" + deal.title() + "\" was won.", "/deals/" + deal.id());
		}
	}
}
