package com.growthhub.analytics.internal.commissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A provider's rule with its validity ({@code validTo} inclusive; null: open-ended). */
public record CommissionRuleView(UUID id, UUID providerId, CommissionRule rule, LocalDate validFrom,
		@Nullable LocalDate validTo, Instant createdAt) implements NewestFirst.Row {
}
