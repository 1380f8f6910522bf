package com.growthhub.billing.internal.payments;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/** What the public pay button needs of an invoice found by its public token. */
public record PayableInvoice(OrganizationId organizationId, UUID invoiceId, @Nullable String number, String currency,
		long amountDueCents, String status) {

	public boolean payable() {
		return amountDueCents > 0 && com.growthhub.billing.InvoiceStatus.fromKey(status).acceptsPayments();
	}
}
