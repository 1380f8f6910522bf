package com.growthhub.billing;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;

/**
 * A payment brought an invoice's amount due to zero: it is paid in full. Published once per time it becomes paid (a
 * refund and a new payment may pay it again). Consumers move the contact's masterclass lead to PAID and send
 * `invoice.paid` webhooks. @param totalCents the invoice's total in the currency's minor unit @param currency ISO 4217
 */
@DomainEvent
public record InvoicePaid(OrganizationId organizationId, InvoiceId invoiceId, @Nullable ContactId contactId,
		long totalCents, String currency) {
}
