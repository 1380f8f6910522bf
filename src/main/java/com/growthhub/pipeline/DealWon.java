package com.growthhub.pipeline;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** A deal reached a won stage (when created there or moved there), worth {@code valueCents} of {@code currency}. */
@DomainEvent
public record DealWon(OrganizationId organizationId, DealId dealId, PipelineId pipelineId, ContactId contactId,
		String title, long valueCents, String currency, @Nullable UserId ownerId, @Nullable UserId wonBy,
		Instant occurredAt) {
}
