package com.growthhub.billing;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * Moves money on an invoice: payments and refunds change its amount paid and due and its status under a row lock, in
 * the caller's transaction when it has one for the same organization (so a recorded payment and the invoice it pays
 * commit together). Refusals are {@link InvoicePaymentRefusedException} (409/422); an invoice of another organization
 * is a {@link NotFoundException} (404).
 */
@Service
public class InvoiceLedger {

	private static final Actor LEDGER = new Actor.Job("invoice-ledger");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	InvoiceLedger(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public InvoiceBalance applyPayment(OrganizationId organization, InvoiceId invoice, long amountCents) {
		return change(organization, invoice, balance -> balance.afterPayment(amountCents));
	}

	public InvoiceBalance applyRefund(OrganizationId organization, InvoiceId invoice, long amountCents) {
		return change(organization, invoice, balance -> balance.afterRefund(amountCents));
	}

	/** The invoice's balance now, without changing it. */
	public InvoiceBalance balance(OrganizationId organization, InvoiceId invoice) {
		return transactions.call(scope(organization), () -> read(organization, invoice, false));
	}

	private InvoiceBalance change(OrganizationId organization, InvoiceId invoice,
			java.util.function.UnaryOperator<InvoiceBalance> move) {
		return transactions.call(scope(organization), () -> {
			InvoiceBalance next = move.apply(read(organization, invoice, true));
			jdbc.sql("""
					update invoices set amount_paid_cents = ?, amount_due_cents = ?, status = ?, updated_at = now(),
					  version = version + 1
					where organization_id = ? and id = ?
					""").params(next.amountPaidCents(), next.amountDueCents(), next.status().key(), organization.value(),
					invoice.value()).update();
			return next;
		});
	}

	private InvoiceBalance read(OrganizationId organization, InvoiceId invoice, boolean lock) {
		return jdbc.sql("""
				select contact_id, number, currency, status, total_cents, credited_cents, amount_paid_cents, amount_due_cents
				from invoices where organization_id = ? and id = ?
				""" + (lock ? " for update" : "")).params(organization.value(), invoice.value())
			.query((rs, n) -> {
				InvoiceStatus status = InvoiceStatus.fromKey(rs.getString("status"));
				return new InvoiceBalance(organization, invoice, rs.getObject("contact_id", UUID.class),
						rs.getString("number"), rs.getString("currency"), status, status, rs.getLong("total_cents"),
						rs.getLong("credited_cents"), rs.getLong("amount_paid_cents"), rs.getLong("amount_due_cents"));
			})
			.optional()
			.orElseThrow(() -> NotFoundException.of("invoice"));
	}

	/** Joins the caller's transaction of the same organization (and its actor); alone, it acts as a job. */
	private static TenantScope scope(OrganizationId organization) {
		return TenantScope.organization(organization, LEDGER);
	}
}
