package com.growthhub.expenses.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.expenses.ExpenseTotals;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** {@link ExpenseTotals} by one indexed query; joins the caller's transaction when it serves the same organization. */
@Component
class ExpenseTotalsQuery implements ExpenseTotals {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ExpenseTotalsQuery(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Map<String, Long> approvedByEvent(OrganizationId organization, UUID eventId) {
		return transactions.call(TenantScope.organization(organization, new Actor.Job("expense-totals")), () -> {
			Map<String, Long> totals = new LinkedHashMap<>();
			jdbc.sql("""
					select currency, sum(amount_cents) from expenses
					where organization_id = ? and event_id = ? and status in ('APPROVED', 'REIMBURSED')
					group by currency order by currency
					""").params(organization.value(), eventId)
				.query(rs -> {
					totals.put(rs.getString(1), rs.getLong(2));
				});
			return totals;
		});
	}
}
