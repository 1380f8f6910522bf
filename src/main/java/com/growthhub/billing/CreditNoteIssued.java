package com.growthhub.billing;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * A credit note took an amount off an issued invoice. Consumers (commissions) reverse their share of the invoice when
 * it had been paid. @param amountCents in the currency's minor unit @param invoiceWasPaid the invoice was paid in full
 * when credited (a credit before payment lowers what is paid, not what was earned)
 */
@DomainEvent
public record CreditNoteIssued(OrganizationId organizationId, UUID creditNoteId, InvoiceId invoiceId,
		long amountCents, String currency, boolean invoiceWasPaid, Instant issuedAt) {
}
