package com.growthhub.expenses;

import java.util.Map;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * What has been spent, for other modules: an event's budget against its expenses, say. Amounts are never converted
 * between currencies, so each answer is cents per ISO currency code.
 */
public interface ExpenseTotals {

	/**
	 * The approved expenses of an event (approved or already reimbursed), in cents per currency; empty when there are
	 * none. The event is named by id only, as the module that owns events keeps it.
	 */
	Map<String, Long> approvedByEvent(OrganizationId organization, UUID eventId);
}
