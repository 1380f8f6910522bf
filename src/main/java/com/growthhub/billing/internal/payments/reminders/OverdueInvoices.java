package com.growthhub.billing.internal.payments.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Issued invoices past their due date with money still due, the longest overdue first. */
@Component
public class OverdueInvoices {

	private static final int LIMIT = 500;

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	OverdueInvoices(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public record Overdue(UUID id, @Nullable String number, UUID contactId, String currency, long amountDueCents,
			LocalDate dueDate, int daysOverdue, int remindersSent) {
	}

	public List<Overdue> list(OrganizationId organization, Actor actor, LocalDate today) {
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select i.id, i.number, i.contact_id, i.currency, i.amount_due_cents, i.due_date,
				       (? - i.due_date) as days_overdue,
				       (select count(*) from payment_reminders_sent r where r.organization_id = i.organization_id
				          and r.invoice_id = i.id) as reminders_sent
				from invoices i
				where i.organization_id = ? and i.status in ('open', 'partially_paid') and i.amount_due_cents > 0
				  and i.due_date < ?
				order by i.due_date, i.id limit ?""")
			.params(today, organization.value(), today, LIMIT)
			.query(Overdue.class).list());
	}
}
