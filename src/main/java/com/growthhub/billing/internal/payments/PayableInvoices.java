package com.growthhub.billing.internal.payments;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Finds an invoice by the token of its public page, read only. The visitor has no organization yet: the token is the
 * credential, so the look-up runs as a system read (like a sign-in look-up) and everything after it in the invoice's
 * organization.
 */
@Component
public class PayableInvoices {

	private static final Actor VISITOR = new Actor.Anonymous();

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	PayableInvoices(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public Optional<PayableInvoice> byPublicToken(String token) {
		if (token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return transactions.call(TenantScope.system(VISITOR), () -> jdbc.sql("""
				select organization_id, id, number, currency, amount_due_cents, status
				from invoices where public_token = ?""")
			.param(token)
			.query((rs, row) -> new PayableInvoice(OrganizationId.of(rs.getObject("organization_id", java.util.UUID.class)),
					rs.getObject("id", java.util.UUID.class), rs.getString("number"), rs.getString("currency"),
					rs.getLong("amount_due_cents"), rs.getString("status")))
			.optional());
	}
}
