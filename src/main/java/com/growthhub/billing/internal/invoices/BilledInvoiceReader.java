package com.growthhub.billing.internal.invoices;

import java.util.Optional;

import org.springframework.stereotype.Service;

import com.growthhub.billing.BilledInvoice;
import com.growthhub.billing.BilledInvoices;
import com.growthhub.billing.BilledLine;
import com.growthhub.billing.InvoiceId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

@Service
class BilledInvoiceReader implements BilledInvoices {

	private static final Actor READER = new Actor.Job("billed-invoices");

	private final InvoiceRepository invoices;
	private final TenantTransactions transactions;

	BilledInvoiceReader(InvoiceRepository invoices, TenantTransactions transactions) {
		this.invoices = invoices;
		this.transactions = transactions;
	}

	@Override
	public Optional<BilledInvoice> find(OrganizationId organization, InvoiceId invoice) {
		return transactions.call(TenantScope.organization(organization, READER), () -> invoices
			.find(organization, invoice.value())
			.filter(view -> !view.draft() && view.number() != null)
			.map(view -> new BilledInvoice(invoice, view.number(), view.currency(), view.totalCents(),
					view.creditedCents(), view.amountPaidCents(),
					view.lines().stream().map(line -> new BilledLine(line.id(), line.description(), line.quantity(),
							line.lineTotalCents(), line.providerId(), line.procedureCode())).toList())));
	}
}
