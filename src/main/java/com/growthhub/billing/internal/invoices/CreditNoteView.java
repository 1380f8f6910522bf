package com.growthhub.billing.internal.invoices;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A credit note: what it took off which invoice, and why. */
public record CreditNoteView(UUID id, UUID invoiceId, @Nullable String invoiceNumber, String number, long amountCents,
		String currency, @Nullable String reason, Instant createdAt) {
}
