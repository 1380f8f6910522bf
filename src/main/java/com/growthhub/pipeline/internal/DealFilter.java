package com.growthhub.pipeline.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the deal list; {@code limit} is capped at 200. A {@code campaignId} of no campaign of the organization
 * finds nothing, as the contact list does.
 */
public record DealFilter(@Nullable UUID pipelineId, @Nullable UUID stageId, @Nullable UUID ownerId,
		@Nullable UUID contactId, @Nullable StageKind status, @Nullable UUID serviceId, @Nullable UUID tagId,
		@Nullable UUID campaignId, @Nullable String cursor, int limit) {
}
