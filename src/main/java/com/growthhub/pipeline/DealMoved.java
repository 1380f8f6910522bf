package com.growthhub.pipeline;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** A deal changed stage within its pipeline; a move into a won or lost stage is also announced as such. */
@DomainEvent
public record DealMoved(OrganizationId organizationId, DealId dealId, PipelineId pipelineId, UUID fromStageId,
		UUID toStageId, String toStageName, @Nullable UserId movedBy, Instant occurredAt) {
}
