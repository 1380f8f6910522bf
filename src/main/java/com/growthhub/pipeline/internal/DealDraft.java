package com.growthhub.pipeline.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a new deal starts with; the default pipeline and its first stage when none is named. */
public record DealDraft(UUID contactId, @Nullable UUID pipelineId, @Nullable UUID stageId, String title,
		@Nullable Long valueCents, @Nullable String currency, @Nullable UUID serviceId,
		@Nullable LocalDate expectedCloseDate, @Nullable UUID ownerId, @Nullable String campaign) {
}
