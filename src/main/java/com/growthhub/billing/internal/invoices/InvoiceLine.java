package com.growthhub.billing.internal.invoices;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A line as a person or program writes it: quantity (up to 4 decimals) × unit price in cents, a tax rate in percent,
 * and at most one discount (an amount in cents or a percent of the line). {@code providerId} and
 * {@code procedureCode} say who performed it and what, for commissions (analytics).
 */
public record InvoiceLine(String description, BigDecimal quantity, long unitPriceCents, BigDecimal taxRate,
		@Nullable Long discountCents, @Nullable BigDecimal discountPercent, @Nullable UUID productId,
		@Nullable UUID providerId, @Nullable String procedureCode) {

	/** A line that names no provider nor procedure. */
	public InvoiceLine(String description, BigDecimal quantity, long unitPriceCents, BigDecimal taxRate,
			@Nullable Long discountCents, @Nullable BigDecimal discountPercent, @Nullable UUID productId) {
		this(description, quantity, unitPriceCents, taxRate, discountCents, discountPercent, productId, null, null);
	}
}
