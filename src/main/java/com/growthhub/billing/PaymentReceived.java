package com.growthhub.billing;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;

/**
 * Money arrived for an invoice: a card payment through Stripe Checkout or a payment staff recorded by hand (cash, bank
 * transfer, card terminal), partial or whole. Consumers show it on the contact's timeline and send
 * `payment.succeeded` webhooks. @param amountCents in the currency's minor unit @param currency ISO 4217, upper case
 */
@DomainEvent
public record PaymentReceived(OrganizationId organizationId, PaymentId paymentId, InvoiceId invoiceId,
		@Nullable ContactId contactId, long amountCents, String currency) {
}
