package com.growthhub.expenses.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.growthhub.eventplanning.EventCosts;
import com.growthhub.eventplanning.EventId;
import com.growthhub.expenses.ExpenseTotals;
import com.growthhub.shared.OrganizationId;

/** An event's costs, for its budget utilization and cost per attendee, are its approved and reimbursed expenses. */
@Component
class ExpenseEventCosts implements EventCosts {

	private final ExpenseTotals totals;

	ExpenseEventCosts(ExpenseTotals totals) {
		this.totals = totals;
	}

	@Override
	public Map<String, Long> approvedCents(OrganizationId organization, EventId event) {
		return totals.approvedByEvent(organization, event.value());
	}
}
