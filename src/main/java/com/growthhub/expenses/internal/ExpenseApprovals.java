package com.growthhub.expenses.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.expenses.ExpenseId;
import com.growthhub.expenses.ExpenseStatusChanged;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * The moves of an expense: the author submits it, a manager (never the author) approves or rejects it with a reason,
 * and marks it reimbursed. Each move is checked under a row lock by {@link ExpenseRules}, recorded in the audit trail
 * (the table's trigger), announced as {@link ExpenseStatusChanged} and told to the people it concerns.
 */
@Service
public class ExpenseApprovals {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Expenses expenses;
	private final ExpenseNotifications notifications;
	private final ApplicationEventPublisher events;

	ExpenseApprovals(JdbcClient jdbc, TenantTransactions transactions, Expenses expenses,
			ExpenseNotifications notifications, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.expenses = expenses;
		this.notifications = notifications;
		this.events = events;
	}

	public ExpenseView submit(OrganizationId organization, Actor actor, UUID id) {
		return move(organization, actor, id, ExpenseAction.SUBMIT, null);
	}

	public ExpenseView approve(OrganizationId organization, Actor actor, UUID id) {
		return move(organization, actor, id, ExpenseAction.APPROVE, null);
	}

	public ExpenseView reject(OrganizationId organization, Actor actor, UUID id, @Nullable String reason) {
		String clean = reason == null ? "" : reason.strip();
		if (clean.isEmpty() || clean.length() > 1000) {
			throw ExpenseInputException.field("reason", "must say why, in 1 to 1000 characters");
		}
		return move(organization, actor, id, ExpenseAction.REJECT, clean);
	}

	public ExpenseView reimburse(OrganizationId organization, Actor actor, UUID id) {
		return move(organization, actor, id, ExpenseAction.REIMBURSE, null);
	}

	private ExpenseView move(OrganizationId organization, Actor actor, UUID id, ExpenseAction action,
			@Nullable String reason) {
		ExpenseRules.Viewer viewer = expenses.viewer(organization, actor);
		transactions.run(organization, actor, () -> {
			ExpenseView current = expenses.visible(organization, viewer, id, true);
			ExpenseRefusedException.check(ExpenseRules.check(action, current.status(), current.createdBy(), viewer));
			if (action == ExpenseAction.SUBMIT) {
				List<String> missing = missing(current.amountCents(), current.spentOn(), current.categoryId());
				if (!missing.isEmpty()) {
					throw ExpenseInputException.incomplete(missing);
				}
			}
			ExpenseStatus to = switch (action) {
				case SUBMIT -> ExpenseStatus.SUBMITTED;
				case APPROVE -> ExpenseStatus.APPROVED;
				case REJECT -> ExpenseStatus.REJECTED;
				case REIMBURSE -> ExpenseStatus.REIMBURSED;
				case EDIT, DELETE -> throw new IllegalArgumentException(action + " is no move");
			};
			jdbc.sql(switch (to) {
				case SUBMITTED -> "update expenses set status = 'SUBMITTED', submitted_at = now(), updated_at = now(), "
						+ "version = version + 1 where organization_id = ? and id = ?";
				case APPROVED, REJECTED -> "update expenses set status = ?, rejection_reason = ?, decided_by = ?, "
						+ "decided_at = now(), updated_at = now(), version = version + 1 where organization_id = ? and id = ?";
				case REIMBURSED -> "update expenses set status = 'REIMBURSED', reimbursed_by = ?, reimbursed_at = now(), "
						+ "updated_at = now(), version = version + 1 where organization_id = ? and id = ?";
				case DRAFT -> throw new IllegalStateException("nothing moves back to draft");
			}).params(params(to, reason, viewer.userId(), organization, id)).update();
			events.publishEvent(new ExpenseStatusChanged(organization, ExpenseId.of(id), current.status().key(), to.key(),
					current.amountCents() == null ? 0 : current.amountCents(), current.currency(), current.eventId(),
					UserId.of(current.createdBy()), UserId.of(viewer.userId()), Instant.now()));
			notifications.moved(organization, current, to, viewer.userId(), reason);
		});
		return expenses.get(organization, viewer, id);
	}

	private static List<Object> params(ExpenseStatus to, @Nullable String reason, UUID by, OrganizationId organization,
			UUID id) {
		List<Object> params = new ArrayList<>();
		if (to == ExpenseStatus.APPROVED || to == ExpenseStatus.REJECTED) {
			params.add(to.name());
			params.add(reason);
		}
		if (to != ExpenseStatus.SUBMITTED) {
			params.add(by);
		}
		params.add(organization.value());
		params.add(id);
		return params;
	}

	/** What a draft must have before it is submitted, by the API's field names. */
	static List<String> missing(@Nullable Long amountCents, @Nullable LocalDate spentOn, @Nullable UUID categoryId) {
		List<String> missing = new ArrayList<>();
		if (amountCents == null) {
			missing.add("amountCents");
		}
		if (spentOn == null) {
			missing.add("spentOn");
		}
		if (categoryId == null) {
			missing.add("categoryId");
		}
		return missing;
	}
}
