package com.growthhub.pipeline;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** A deal got a new owner, at its creation or by an edit; {@code assignedBy} is absent for system changes. */
@DomainEvent
public record DealAssigned(OrganizationId organizationId, DealId dealId, String title, UserId ownerId,
		@Nullable UserId assignedBy, Instant occurredAt) {
}
