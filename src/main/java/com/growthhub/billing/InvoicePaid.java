package com.growthhub.billing;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;

/**
 * A payment brought an invoice's amount due to zero: it is paid in full. Published once per time it becomes paid (a
 * refund and a new payment may pay it again). Consumers move the contact's masterclass lead to PAID, send
 * `invoice.paid` webhooks and compute commissions. @param totalCents the invoice's total in the currency's minor unit
 * @param currency ISO 4217 @param paymentId the payment that completed it (with the invoice, names this occurrence)
 * @param paidAt when that payment was received @param creditedCents what credit notes had taken off the total
 */
@DomainEvent
public record InvoicePaid(OrganizationId organizationId, InvoiceId invoiceId, @Nullable ContactId contactId,
		long totalCents, String currency, @Nullable PaymentId paymentId, @Nullable Instant paidAt, long creditedCents) {

	public InvoicePaid(OrganizationId organizationId, InvoiceId invoiceId, @Nullable ContactId contactId, long totalCents,
			String currency) {
		this(organizationId, invoiceId, contactId, totalCents, currency, null, null, 0);
	}
}
