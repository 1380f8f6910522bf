package com.growthhub.billing.internal.invoices;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A product of the price list: what a line item is filled with when it is picked in the editor. */
public record ProductView(UUID id, String name, @Nullable String description, long unitPriceCents, String currency,
		BigDecimal taxRate, boolean archived, long version) {
}
