package com.growthhub.billing.internal.invoices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.billing.InvoiceStatus;

/** An invoice as pages, the API and the PDF show it. */
public record InvoiceView(UUID id, @Nullable String number, UUID contactId, String currency, InvoiceStatus status,
		long subtotalCents, long discountCents, long taxCents, long totalCents, long creditedCents, long amountPaidCents,
		long amountDueCents, @Nullable LocalDate issueDate, @Nullable LocalDate dueDate, @Nullable String notes,
		String publicToken, Instant createdAt, Instant updatedAt, long version, List<InvoiceLineView> lines) {

	public boolean draft() {
		return status == InvoiceStatus.DRAFT;
	}
}
