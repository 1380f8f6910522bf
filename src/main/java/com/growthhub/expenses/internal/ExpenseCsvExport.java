package com.growthhub.expenses.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.platform.csv.CsvExport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Expenses as CSV ({@code /exports/expenses.csv}, {@code GET /api/v1/expenses.csv}) with the filters of the list and the
 * report, newest first, read 500 at a time so any number streams. A member's export holds their own expenses.
 */
@Component
public class ExpenseCsvExport implements CsvExport {

	private static final int CHUNK = 500;

	private final Expenses expenses;
	private final ExpenseRepository repository;
	private final ExpenseReports reports;
	private final TenantTransactions transactions;

	ExpenseCsvExport(Expenses expenses, ExpenseRepository repository, ExpenseReports reports,
			TenantTransactions transactions) {
		this.expenses = expenses;
		this.repository = repository;
		this.reports = reports;
		this.transactions = transactions;
	}

	@Override
	public String name() {
		return "expenses";
	}

	@Override
	public void write(OrganizationId organization, Actor actor, Map<String, List<String>> parameters, Rows rows) {
		ExpenseFilter filter = ExpenseFilter.parse(parameters);
		ExpenseRules.Viewer viewer = expenses.viewer(organization, actor);
		Map<UUID, String> people = expenses.people(organization);
		rows.header(List.of("id", "title", "merchant", "amount", "currency", "category", "type", "spentOn", "eventId", "event",
				"campaign", "status", "rejectionReason", "createdBy", "submittedAt", "decidedBy", "decidedAt",
				"reimbursedBy", "reimbursedAt", "receipt", "createdAt"));
		transactions.run(organization, actor, () -> {
			PageCursor cursor = null;
			while (true) {
				List<ExpenseView> chunk = repository.page(organization, filter, Expenses.onlyOf(viewer), cursor, CHUNK);
				Map<UUID, String> events = reports.eventNames(organization,
						chunk.stream().map(ExpenseView::eventId).filter(java.util.Objects::nonNull).distinct().toList());
				for (ExpenseView e : chunk) {
					rows.row(List.of(e.id().toString(), e.title(), text(e.merchant()),
							e.amountCents() == null ? "" : BigDecimal.valueOf(e.amountCents(), 2).toPlainString(), e.currency(),
							text(e.categoryName()), e.type().key(), e.spentOn() == null ? "" : e.spentOn().toString(),
							e.eventId() == null ? "" : e.eventId().toString(),
							e.eventId() == null ? "" : events.getOrDefault(e.eventId(), ""), text(e.campaign()),
							e.status().key(), text(e.rejectionReason()), person(people, e.createdBy()), time(e.submittedAt()),
							person(people, e.decidedBy()), time(e.decidedAt()), person(people, e.reimbursedBy()),
							time(e.reimbursedAt()), e.receipt() == null ? "" : e.receipt().name(), time(e.createdAt())));
				}
				if (chunk.size() < CHUNK) {
					return;
				}
				cursor = new PageCursor(chunk.getLast().createdAt(), chunk.getLast().id());
			}
		});
	}

	private static String person(Map<UUID, String> people, @Nullable UUID id) {
		return id == null ? "" : people.getOrDefault(id, id.toString());
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String time(@Nullable Instant value) {
		return value == null ? "" : value.toString();
	}
}
