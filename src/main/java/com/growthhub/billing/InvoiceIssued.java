package com.growthhub.billing;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * An invoice was issued: it has its number (gapless per organization and year) and `totalCents` of `currency` is now
 * owed by the contact.
 */
@DomainEvent
public record InvoiceIssued(OrganizationId organizationId, InvoiceId invoiceId, UUID contactId, String number,
		long totalCents, String currency) {
}
