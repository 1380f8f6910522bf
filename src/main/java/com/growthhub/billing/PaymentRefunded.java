package com.growthhub.billing;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * Money of a payment went back to the customer and was taken off its invoice's amount paid. Published once per change
 * of the payment's refunded total. Consumers (commissions) reverse their share of the invoice. @param amountCents what
 * this refund gave back, in the currency's minor unit @param refundedTotalCents all refunded on the payment so far
 */
@DomainEvent
public record PaymentRefunded(OrganizationId organizationId, PaymentId paymentId, InvoiceId invoiceId,
		long amountCents, long refundedTotalCents, String currency, Instant refundedAt) {
}
