/**
 * Billing: invoices with gapless numbers, line items and exact integer-cent totals, credit notes, products, PDFs and
 * the public invoice page; payments and receipts recorded against invoices through {@link com.growthhub.billing.InvoiceLedger}.
 * Issuing an invoice is announced by {@link com.growthhub.billing.InvoiceIssued}.
 */
@ApplicationModule(displayName = "Billing", allowedDependencies = { "contacts", "identity", "messaging", "pipeline", "platform",
		"platform::tenancy", "platform::security", "platform::web", "platform::files", "shared" })
@NullMarked
package com.growthhub.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
