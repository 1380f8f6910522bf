package com.growthhub.analytics.internal.commissions;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A commission line computed for a paid invoice, before it is stored: what {@code providerId} earned by a rule. */
record Earning(UUID providerId, UUID ruleId, String ruleType, @Nullable UUID invoiceLineId,
		@Nullable String procedureCode, long baseCents, long amountCents, String currency) {
}
