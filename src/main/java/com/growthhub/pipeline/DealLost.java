package com.growthhub.pipeline;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** A deal was moved to a lost stage, for the reason given. */
@DomainEvent
public record DealLost(OrganizationId organizationId, DealId dealId, PipelineId pipelineId, ContactId contactId,
		String title, long valueCents, String currency, String lostReason, @Nullable UserId ownerId,
		@Nullable UserId lostBy, Instant occurredAt) {
}
