package com.growthhub.pipeline.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a new deal starts with; the default pipeline and its first stage when none is named. */
public record DealDraft(UUID contactId, @Nullable UUID pipelineId, @Nullable UUID stageId, String title,
		@Nullable Long valueCents, @Nullable String currency, @Nullable UUID serviceId,
		@Nullable LocalDate expectedCloseDate, @Nullable UUID ownerId, @Nullable String campaign,
		@Nullable UUID campaignId) {

	/** A deal whose campaign, if any, is known by name only (resolved, or created, when the deal is stored). */
	public DealDraft(UUID contactId, @Nullable UUID pipelineId, @Nullable UUID stageId, String title,
			@Nullable Long valueCents, @Nullable String currency, @Nullable UUID serviceId,
			@Nullable LocalDate expectedCloseDate, @Nullable UUID ownerId, @Nullable String campaign) {
		this(contactId, pipelineId, stageId, title, valueCents, currency, serviceId, expectedCloseDate, ownerId, campaign,
				null);
	}
}
