package com.growthhub.billing;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of an issued invoice as other modules see it. @param totalCents the line's total with tax, after its
 * discount, in the invoice's currency @param providerId who performed it, when the line names a provider
 */
public record BilledLine(UUID id, String description, BigDecimal quantity, long totalCents, @Nullable UUID providerId,
		@Nullable String procedureCode) {
}
