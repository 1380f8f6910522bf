package com.growthhub.billing.internal.invoices;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.Invoicing;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * {@link Invoicing} over the invoice service: the draft is written as its creator; issuing runs as a job because the
 * sale was agreed by the selling module's rules (a visitor registering for a paid class), not by the creator's role.
 */
@Service
class InvoicingService implements Invoicing {

	private static final Actor SALE = new Actor.Job("invoicing");

	private final Invoices invoices;
	private final InvoiceIssuing issuing;
	private final TenantTransactions transactions;

	InvoicingService(Invoices invoices, InvoiceIssuing issuing, TenantTransactions transactions) {
		this.invoices = invoices;
		this.issuing = issuing;
		this.transactions = transactions;
	}

	@Override
	public IssuedInvoice issueFor(OrganizationId organization, UUID creator, ContactId contact, String lineDescription,
			long priceCents, String currency) {
		if (priceCents <= 0) {
			throw new IllegalArgumentException("An invoice for nothing is not issued");
		}
		Actor author = new Actor.User(creator);
		return transactions.call(organization, author, () -> {
			InvoiceView draft = invoices.create(organization, author, new InvoiceDraft(contact.value(), currency, null,
					null, List.of(new InvoiceLine(lineDescription, BigDecimal.ONE, priceCents, BigDecimal.ZERO, null, null,
							null))));
			InvoiceView issued = issuing.issue(organization, SALE, draft.id());
			return new IssuedInvoice(InvoiceId.of(issued.id()), "/i/" + issued.publicToken());
		});
	}
}
