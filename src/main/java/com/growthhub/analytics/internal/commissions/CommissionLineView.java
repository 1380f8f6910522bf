package com.growthhub.analytics.internal.commissions;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One commission line traced to its invoice (and line) and rule. Negative amounts reverse {@code reversalOf} after a
 * refund or credit note. @param periodMonth the month it counts in
 */
public record CommissionLineView(UUID id, UUID providerId, String providerName, @Nullable UUID ruleId, String ruleType,
		UUID invoiceId, @Nullable String invoiceNumber, @Nullable UUID invoiceLineId, @Nullable String procedureCode,
		YearMonth periodMonth, long baseCents, long amountCents, String currency, @Nullable UUID reversalOf,
		Instant occurredAt) {
}
