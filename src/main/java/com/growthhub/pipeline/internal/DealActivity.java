package com.growthhub.pipeline.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactId;
import com.growthhub.pipeline.DealAssigned;
import com.growthhub.pipeline.DealCreated;
import com.growthhub.pipeline.DealId;
import com.growthhub.pipeline.DealLost;
import com.growthhub.pipeline.DealMoved;
import com.growthhub.pipeline.DealWon;
import com.growthhub.pipeline.PipelineId;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * What follows a change to a deal, inside its transaction: the board's viewers are told (after commit), and the
 * change is published as events for whoever reacts to it (notifications, and later webhooks and analytics).
 */
@Component
class DealActivity {

	private final LiveUpdates live;
	private final ApplicationEventPublisher events;

	DealActivity(LiveUpdates live, ApplicationEventPublisher events) {
		this.live = live;
		this.events = events;
	}

	void created(OrganizationId organization, DealView deal, Actor actor) {
		changed(deal, null);
		events.publishEvent(new DealCreated(organization, DealId.of(deal.id()), PipelineId.of(deal.pipelineId()),
				deal.stageId(), ContactId.of(deal.contactId()), deal.title(), deal.valueCents(), deal.currency(),
				user(deal.ownerId()), user(actor.userId()), Instant.now()));
		assigned(organization, deal, actor);
		closed(organization, deal, actor);
	}

	void edited(OrganizationId organization, DealView before, DealView deal, Actor actor) {
		changed(deal, null);
		if (deal.ownerId() != null && !deal.ownerId().equals(before.ownerId())) {
			assigned(organization, deal, actor);
		}
	}

	void moved(OrganizationId organization, DealView before, DealView deal, Actor actor) {
		changed(deal, before.stageId());
		events.publishEvent(new DealMoved(organization, DealId.of(deal.id()), PipelineId.of(deal.pipelineId()),
				before.stageId(), deal.stageId(), deal.stageName(), user(actor.userId()), Instant.now()));
		closed(organization, deal, actor);
	}

	private void changed(DealView deal, @Nullable UUID fromStageId) {
		String from = fromStageId == null ? "" : ",\"fromStageId\":\"" + fromStageId + "\"";
		live.publish(Board.liveTopic(deal.pipelineId()), "deal-moved",
				"{\"dealId\":\"" + deal.id() + "\",\"stageId\":\"" + deal.stageId() + "\"" + from + "}");
	}

	private void assigned(OrganizationId organization, DealView deal, Actor actor) {
		if (deal.ownerId() != null) {
			events.publishEvent(new DealAssigned(organization, DealId.of(deal.id()), deal.title(),
					UserId.of(deal.ownerId()), user(actor.userId()), Instant.now()));
		}
	}

	private void closed(OrganizationId organization, DealView deal, Actor actor) {
		if (deal.status() == StageKind.WON) {
			events.publishEvent(new DealWon(organization, DealId.of(deal.id()), PipelineId.of(deal.pipelineId()),
					ContactId.of(deal.contactId()), deal.title(), deal.valueCents(), deal.currency(), user(deal.ownerId()),
					user(actor.userId()), Instant.now()));
		}
		else if (deal.status() == StageKind.LOST) {
			events.publishEvent(new DealLost(organization, DealId.of(deal.id()), PipelineId.of(deal.pipelineId()),
					ContactId.of(deal.contactId()), deal.title(), deal.valueCents(), deal.currency(),
					deal.lostReason() == null ? "" : deal.lostReason(), user(deal.ownerId()), user(actor.userId()),
					Instant.now()));
		}
	}

	private static @Nullable UserId user(@Nullable UUID id) {
		return id == null ? null : UserId.of(id);
	}
}
