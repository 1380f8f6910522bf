package com.growthhub.billing.internal.invoices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.billing.InvoiceStatus;

/** An invoice as lists show it. {@code contactName} is absent for a contact the reader may not see. */
public record InvoiceSummary(UUID id, @Nullable String number, UUID contactId, @Nullable String contactName,
		String currency, InvoiceStatus status, long totalCents, long amountDueCents, @Nullable LocalDate issueDate,
		@Nullable LocalDate dueDate, Instant createdAt) {
}
