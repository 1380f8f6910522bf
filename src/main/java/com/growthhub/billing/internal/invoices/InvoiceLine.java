package com.growthhub.billing.internal.invoices;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A line as a person or program writes it: quantity (up to 4 decimals) × unit price in cents, a tax rate in percent,
 * and at most one discount (an amount in cents or a percent of the line).
 */
public record InvoiceLine(String description, BigDecimal quantity, long unitPriceCents, BigDecimal taxRate,
		@Nullable Long discountCents, @Nullable BigDecimal discountPercent, @Nullable UUID productId) {
}
