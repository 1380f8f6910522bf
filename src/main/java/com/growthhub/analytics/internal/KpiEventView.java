package com.growthhub.analytics.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.KpiKind;

/** A recorded KPI event as the API shows it. */
public record KpiEventView(UUID id, KpiKind kind, @Nullable UUID contactId, @Nullable UUID campaignId,
		Instant occurredAt, @Nullable Long valueCents, @Nullable String currency, Map<String, Object> metadata,
		String sourceKey, Instant recordedAt) {
}
