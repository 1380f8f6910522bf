package com.growthhub.billing;

import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** An invoice was issued: it has its number and is now owed by the contact. */
public record InvoiceIssued(OrganizationId organizationId, InvoiceId invoiceId, UUID contactId, String number,
		long totalCents, String currency) {
}
