package com.growthhub.pipeline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A deal as the API and pages show it. */
public record DealView(UUID id, UUID pipelineId, UUID stageId, String stageName, StageKind status, UUID contactId,
		@Nullable String contactName, String title, long valueCents, String currency, @Nullable UUID serviceId,
		@Nullable LocalDate expectedCloseDate, @Nullable UUID ownerId, @Nullable String campaign,
		@Nullable UUID campaignId, @Nullable String lostReason, Instant stageEnteredAt, Instant createdAt, Instant updatedAt, long version) {

	public DealView withContactName(@Nullable String name) {
		return new DealView(id, pipelineId, stageId, stageName, status, contactId, name, title, valueCents, currency,
				serviceId, expectedCloseDate, ownerId, campaign, campaignId, lostReason, stageEnteredAt, createdAt, updatedAt, version);
	}
}
