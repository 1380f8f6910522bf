package com.growthhub.billing.internal.invoices;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a person writes on a draft invoice. {@code currency} defaults to the organization's; dates may be left for
 * issuing to fill in (issue date: the day of issue; due date: that plus the payment terms).
 */
public record InvoiceDraft(UUID contactId, @Nullable String currency, @Nullable LocalDate dueDate, @Nullable String notes,
		List<InvoiceLine> lines) {

	public InvoiceDraft {
		lines = List.copyOf(lines);
	}
}
