package com.growthhub.billing.internal.invoices;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.growthhub.billing.InvoiceId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * The invoice behind a public link {@code /i/{token}}: the token, long and random, is the only credential, so a
 * customer needs no account. Drafts have no public page. The look-up alone runs across organizations; everything
 * after it runs in the invoice's organization.
 */
@Service
public class PublicInvoices {

	private static final Actor VISITOR = new Actor.Anonymous();

	private final InvoiceRepository repository;
	private final InvoiceDocuments documents;
	private final TenantTransactions transactions;

	PublicInvoices(InvoiceRepository repository, InvoiceDocuments documents, TenantTransactions transactions) {
		this.repository = repository;
		this.documents = documents;
		this.transactions = transactions;
	}

	/** Where an issued invoice's token leads. */
	public record Found(OrganizationId organization, InvoiceId invoice) {
	}

	public Optional<Found> find(String token) {
		if (token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return transactions.call(TenantScope.system(VISITOR), () -> repository.findByToken(token))
			.map(location -> new Found(location.organization(), InvoiceId.of(location.id())));
	}

	/** The invoice, seller and customer to show, as the PDF prints them. */
	public Map<String, Object> model(Found found) {
		return documents.model(found.organization(), found.invoice().value());
	}
}
