package com.growthhub.analytics.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.KpiKind;
import com.growthhub.shared.OrganizationId;

/**
 * A KPI event to record once: {@code sourceKey} names the fact it counts (e.g. {@code appointment-booked:<id>} or an
 * API client's Idempotency-Key), so a second delivery of the same fact records nothing.
 */
public record KpiEventDraft(OrganizationId organizationId, KpiKind kind, @Nullable UUID contactId,
		@Nullable UUID campaignId, Instant occurredAt, @Nullable Long valueCents, @Nullable String currency,
		Map<String, Object> metadata, String sourceKey) {

	public KpiEventDraft {
		metadata = Map.copyOf(metadata);
	}

	/** A count without money (every kind except {@code invoice_paid}). */
	public static KpiEventDraft count(OrganizationId organization, KpiKind kind, @Nullable UUID contactId,
			@Nullable UUID campaignId, Instant occurredAt, String sourceKey) {
		return new KpiEventDraft(organization, kind, contactId, campaignId, occurredAt, null, null, Map.of(), sourceKey);
	}
}
