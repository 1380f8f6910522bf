package com.growthhub.pipeline;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** A deal was opened for a contact in a stage of a pipeline, with its value in cents of {@code currency}. */
@DomainEvent
public record DealCreated(OrganizationId organizationId, DealId dealId, PipelineId pipelineId, UUID stageId,
		ContactId contactId, String title, long valueCents, String currency, @Nullable UserId ownerId,
		@Nullable UserId createdBy, Instant occurredAt) {
}
