package com.growthhub.billing;

import java.util.Optional;

import com.growthhub.shared.OrganizationId;

/** Reads issued invoices with their lines for other modules (commissions); drafts are not billed and not found. */
public interface BilledInvoices {

	Optional<BilledInvoice> find(OrganizationId organization, InvoiceId invoice);
}
