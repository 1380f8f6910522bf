package com.growthhub.analytics.internal.commissions;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A provider's rule with the days it is valid on ({@code validTo} inclusive, null: open-ended). */
record RuleInForce(UUID id, UUID providerId, CommissionRule rule, LocalDate validFrom, @Nullable LocalDate validTo) {

	boolean validOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}
}
