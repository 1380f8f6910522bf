package com.growthhub.expenses.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.web.MoneyFormat;
import com.growthhub.shared.OrganizationId;

/**
 * Who hears of an expense's move, in the app and, as their preferences say, by email: a submitted expense goes to every
 * manager, admin and owner but its author; a decision and a reimbursement go to the author. Sent in the transaction of
 * the move, so nobody hears of a move that did not happen.
 */
@Component
class ExpenseNotifications {

	private final Notifications notifications;
	private final Members members;
	private final MoneyFormat money;

	ExpenseNotifications(Notifications notifications, Members members, MoneyFormat money) {
		this.notifications = notifications;
		this.members = members;
		this.money = money;
	}

	void moved(OrganizationId organization, ExpenseView expense, ExpenseStatus to, UUID by, @Nullable String reason) {
		String link = "/expenses/" + expense.id();
		String amount = money.format(expense.amountCents(), expense.currency());
		String actorName = members.find(organization, by).map(Members.Member::name).orElse("Someone");
		switch (to) {
			case SUBMITTED -> {
				List<Notifications.Recipient> approvers = members.list(organization).stream()
					.filter(member -> member.role().atLeast(Role.MANAGER) && !member.userId().equals(expense.createdBy()))
					.map(member -> new Notifications.Recipient(member.userId(), member.email()))
					.toList();
				if (!approvers.isEmpty()) {
					notifications.send(organization, approvers, ExpenseNotificationTypes.SUBMITTED,
							"Expense to approve: " + expense.title() + " (" + amount + ")",
							actorName + " submitted \"" + expense.title() + "\" for " + amount + ".", link,
							details(expense, amount, "submitted", actorName, null));
				}
			}
			case APPROVED -> toAuthor(organization, expense, ExpenseNotificationTypes.APPROVED,
					"Expense approved: " + expense.title(), actorName + " approved \"" + expense.title() + "\" (" + amount + ").", link,
					details(expense, amount, "approved", actorName, null));
			case REJECTED -> toAuthor(organization, expense, ExpenseNotificationTypes.REJECTED,
					"Expense rejected: " + expense.title(),
					actorName + " rejected \"" + expense.title() + "\" (" + amount + "): " + reason, link,
					details(expense, amount, "rejected", actorName, reason));
			case REIMBURSED -> toAuthor(organization, expense, ExpenseNotificationTypes.REIMBURSED,
					"Expense reimbursed: " + expense.title(),
					actorName + " marked \"" + expense.title() + "\" (" + amount + ") as reimbursed.", link,
					details(expense, amount, "reimbursed", actorName, null));
			case DRAFT -> {
			}
		}
	}

	private void toAuthor(OrganizationId organization, ExpenseView expense, com.growthhub.messaging.NotificationType type,
			String title, String body, String link, java.util.Map<String, String> details) {
		members.find(organization, expense.createdBy()).ifPresent(author -> notifications.send(organization,
				List.of(new Notifications.Recipient(author.userId(), author.email())), type, title, body, link, details));
	}

	/** The variables of the expense-status email template. */
	private static java.util.Map<String, String> details(ExpenseView expense, String amount, String status, String by,
			@Nullable String reason) {
		return java.util.Map.of("expenseTitle", expense.title(), "amount", amount, "status", status, "by", by, "reason",
				reason == null ? "" : reason);
	}
}
