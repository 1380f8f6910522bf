package com.growthhub.expenses.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.growthhub.identity.Role;

/**
 * Who may do what with an expense, as one pure function of the status, the author and the person acting:
 * <ul>
 * <li>members see and work their own expenses; managers and up see everyone's;</li>
 * <li>the author edits and submits a draft (admins may also edit or delete it); a submitted expense is no longer
 * editable by its author, though a manager may correct it before deciding; decided expenses are not edited;</li>
 * <li>managers and up approve, reject and reimburse, but nobody decides or reimburses their own expense.</li>
 * </ul>
 * A refusal for the person is a 403; one for the expense's status is a 409.
 */
public final class ExpenseRules {

	private ExpenseRules() {
	}

	/** The person acting and their role in the organization. */
	public record Viewer(UUID userId, Role role) {

		boolean approver() {
			return role.atLeast(Role.MANAGER);
		}
	}

	/** The answer: allowed, or refused with a reason for the person or for the expense's state. */
	public sealed interface Decision {

		record Allowed() implements Decision {
		}

		record Forbidden(String reason) implements Decision {
		}

		record Conflict(String reason) implements Decision {
		}

		default boolean allowed() {
			return this instanceof Allowed;
		}
	}

	private static final Decision ALLOWED = new Decision.Allowed();

	public static boolean canSee(UUID author, Viewer viewer) {
		return viewer.approver() || author.equals(viewer.userId());
	}

	public static Decision check(ExpenseAction action, ExpenseStatus status, UUID author, Viewer viewer) {
		boolean own = author.equals(viewer.userId());
		return switch (action) {
			case EDIT -> edit(status, own, viewer);
			case DELETE -> delete(status, own, viewer);
			case SUBMIT -> !own ? new Decision.Forbidden("Only the person who spent submits an expense.")
					: status != ExpenseStatus.DRAFT ? moveRefused(status, ExpenseStatus.SUBMITTED) : ALLOWED;
			case APPROVE -> decide(status, own, viewer, ExpenseStatus.APPROVED, "approves");
			case REJECT -> decide(status, own, viewer, ExpenseStatus.REJECTED, "rejects");
			case REIMBURSE -> decide(status, own, viewer, ExpenseStatus.REIMBURSED, "reimburses");
		};
	}

	/** The actions the viewer may take now, for pages and the API's {@code actions}. */
	public static List<ExpenseAction> allowed(ExpenseStatus status, UUID author, Viewer viewer) {
		return Arrays.stream(ExpenseAction.values()).filter(action -> check(action, status, author, viewer).allowed()).toList();
	}

	private static Decision edit(ExpenseStatus status, boolean own, Viewer viewer) {
		return switch (status) {
			case DRAFT -> own || viewer.role().atLeast(Role.ADMIN) ? ALLOWED
					: new Decision.Forbidden("Only its author or an admin edits a draft expense.");
			case SUBMITTED -> own ? new Decision.Conflict("A submitted expense can no longer be edited by its author.")
					: viewer.approver() ? ALLOWED : new Decision.Forbidden("Only managers and up correct a submitted expense.");
			case APPROVED, REJECTED, REIMBURSED -> new Decision.Conflict("An expense that was " + status.key()
					+ " can no longer be edited.");
		};
	}

	private static Decision delete(ExpenseStatus status, boolean own, Viewer viewer) {
		if (!own && !viewer.role().atLeast(Role.ADMIN)) {
			return new Decision.Forbidden("Only its author or an admin deletes an expense.");
		}
		return status == ExpenseStatus.DRAFT ? ALLOWED
				: new Decision.Conflict("Only drafts can be deleted; this expense is " + status.key() + ".");
	}

	private static Decision decide(ExpenseStatus status, boolean own, Viewer viewer, ExpenseStatus to, String verb) {
		if (!viewer.approver()) {
			return new Decision.Forbidden("Only managers, admins and owners " + verb.replaceAll("s$", "") + " expenses.");
		}
		if (own) {
			return new Decision.Forbidden("Nobody " + verb + " their own expense.");
		}
		return status.canMoveTo(to) ? ALLOWED : moveRefused(status, to);
	}

	private static Decision moveRefused(ExpenseStatus from, ExpenseStatus to) {
		return new Decision.Conflict("An expense cannot move from " + from.key() + " to " + to.key() + "; allowed: "
				+ (from.next().isEmpty() ? "none" : String.join(", ", from.next().stream().map(ExpenseStatus::key).toList()))
				+ ".");
	}
}
