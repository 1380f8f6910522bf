package com.growthhub.billing.internal.invoices;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of an invoice as stored, with the amounts {@link InvoiceTotals} computed for it. */
public record InvoiceLineView(UUID id, int position, String description, BigDecimal quantity, long unitPriceCents,
		BigDecimal taxRate, @Nullable Long discountCents, @Nullable BigDecimal discountPercent, @Nullable UUID productId,
		long lineSubtotalCents, long lineDiscountCents, long lineTaxCents, long lineTotalCents, @Nullable UUID providerId,
		@Nullable String procedureCode) {
}
