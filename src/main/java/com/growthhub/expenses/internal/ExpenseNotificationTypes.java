package com.growthhub.expenses.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/**
 * Approvers hear of submitted expenses, authors of decisions and reimbursements, in the app and by email; labels in
 * messages/expenses.properties.
 */
@Component
@Order(30)
class ExpenseNotificationTypes implements NotificationTypes {

	static final NotificationType SUBMITTED = new NotificationType("expense_submitted");
	static final NotificationType APPROVED = new NotificationType("expense_approved");
	static final NotificationType REJECTED = new NotificationType("expense_rejected");
	static final NotificationType REIMBURSED = new NotificationType("expense_reimbursed");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(SUBMITTED, APPROVED, REJECTED, REIMBURSED);
	}

	/** Money waits on these: they come by email too until a person turns that off. */
	@Override
	public Set<NotificationType> emailedByDefault() {
		return Set.of(SUBMITTED, APPROVED, REJECTED, REIMBURSED);
	}

	/** One template for every step of an expense, so that an organization words them in one place. */
	@Override
	public Map<NotificationType, String> emailTemplates() {
		return Map.of(SUBMITTED, "expense-status", APPROVED, "expense-status", REJECTED, "expense-status", REIMBURSED,
				"expense-status");
	}
}
