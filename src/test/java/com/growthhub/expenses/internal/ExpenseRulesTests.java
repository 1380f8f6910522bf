package com.growthhub.expenses.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.expenses.internal.ExpenseRules.Decision;
import com.growthhub.expenses.internal.ExpenseRules.Viewer;
import com.growthhub.identity.Role;

/** The expense's status machine and who may move it. */
class ExpenseRulesTests {

	private final UUID author = UUID.randomUUID();
	private final Viewer authorAsMember = new Viewer(author, Role.MEMBER);
	private final Viewer authorAsManager = new Viewer(author, Role.MANAGER);
	private final Viewer manager = new Viewer(UUID.randomUUID(), Role.MANAGER);
	private final Viewer admin = new Viewer(UUID.randomUUID(), Role.ADMIN);
	private final Viewer otherMember = new Viewer(UUID.randomUUID(), Role.MEMBER);

	@Test
	void statusesMoveOnlyForward() {
		assertThat(ExpenseStatus.DRAFT.next()).containsExactly(ExpenseStatus.SUBMITTED);
		assertThat(ExpenseStatus.SUBMITTED.next()).containsExactlyInAnyOrder(ExpenseStatus.APPROVED, ExpenseStatus.REJECTED);
		assertThat(ExpenseStatus.APPROVED.next()).containsExactly(ExpenseStatus.REIMBURSED);
		assertThat(ExpenseStatus.REJECTED.next()).isEmpty();
		assertThat(ExpenseStatus.REIMBURSED.next()).isEmpty();
		assertThat(ExpenseStatus.DRAFT.canMoveTo(ExpenseStatus.APPROVED)).isFalse();
		assertThat(ExpenseStatus.APPROVED.approved()).isTrue();
		assertThat(ExpenseStatus.REIMBURSED.approved()).isTrue();
		assertThat(ExpenseStatus.SUBMITTED.approved()).isFalse();
	}

	@Test
	void theAuthorEditsAndSubmitsADraft() {
		assertThat(check(ExpenseAction.EDIT, ExpenseStatus.DRAFT, authorAsMember)).isInstanceOf(Decision.Allowed.class);
		assertThat(check(ExpenseAction.SUBMIT, ExpenseStatus.DRAFT, authorAsMember)).isInstanceOf(Decision.Allowed.class);
		assertThat(check(ExpenseAction.DELETE, ExpenseStatus.DRAFT, authorAsMember)).isInstanceOf(Decision.Allowed.class);
		assertThat(check(ExpenseAction.SUBMIT, ExpenseStatus.DRAFT, manager)).isInstanceOf(Decision.Forbidden.class);
		assertThat(check(ExpenseAction.EDIT, ExpenseStatus.DRAFT, otherMember)).isInstanceOf(Decision.Forbidden.class);
		assertThat(check(ExpenseAction.EDIT, ExpenseStatus.DRAFT, admin)).isInstanceOf(Decision.Allowed.class);
	}

	@Test
	void aSubmittedExpenseIsNoLongerEditableByItsAuthorButAManagerMayCorrectIt() {
		assertThat(check(ExpenseAction.EDIT, ExpenseStatus.SUBMITTED, authorAsMember)).isInstanceOf(Decision.Conflict.class);
		assertThat(check(ExpenseAction.EDIT, ExpenseStatus.SUBMITTED, authorAsManager)).isInstanceOf(Decision.Conflict.class);
		assertThat(check(ExpenseAction.EDIT, ExpenseStatus.SUBMITTED, manager)).isInstanceOf(Decision.Allowed.class);
		assertThat(check(ExpenseAction.EDIT, ExpenseStatus.SUBMITTED, otherMember)).isInstanceOf(Decision.Forbidden.class);
		assertThat(check(ExpenseAction.DELETE, ExpenseStatus.SUBMITTED, authorAsMember)).isInstanceOf(Decision.Conflict.class);
		for (ExpenseStatus decided : new ExpenseStatus[] { ExpenseStatus.APPROVED, ExpenseStatus.REJECTED,
				ExpenseStatus.REIMBURSED }) {
			assertThat(check(ExpenseAction.EDIT, decided, admin)).isInstanceOf(Decision.Conflict.class);
		}
	}

	@Test
	void managersAndUpDecideButNeverOnTheirOwnExpense() {
		assertThat(check(ExpenseAction.APPROVE, ExpenseStatus.SUBMITTED, manager)).isInstanceOf(Decision.Allowed.class);
		assertThat(check(ExpenseAction.REJECT, ExpenseStatus.SUBMITTED, admin)).isInstanceOf(Decision.Allowed.class);
		assertThat(check(ExpenseAction.APPROVE, ExpenseStatus.SUBMITTED, otherMember)).isInstanceOf(Decision.Forbidden.class);
		Decision own = check(ExpenseAction.APPROVE, ExpenseStatus.SUBMITTED, authorAsManager);
		assertThat(own).isInstanceOf(Decision.Forbidden.class);
		assertThat(((Decision.Forbidden) own).reason()).isEqualTo("Nobody approves their own expense.");
		assertThat(check(ExpenseAction.REJECT, ExpenseStatus.SUBMITTED, authorAsManager)).isInstanceOf(Decision.Forbidden.class);
	}

	@Test
	void decisionsNeedTheRightStatus() {
		assertThat(check(ExpenseAction.APPROVE, ExpenseStatus.DRAFT, manager)).isInstanceOf(Decision.Conflict.class);
		assertThat(check(ExpenseAction.APPROVE, ExpenseStatus.APPROVED, manager)).isInstanceOf(Decision.Conflict.class);
		assertThat(check(ExpenseAction.REIMBURSE, ExpenseStatus.SUBMITTED, manager)).isInstanceOf(Decision.Conflict.class);
		assertThat(check(ExpenseAction.REIMBURSE, ExpenseStatus.APPROVED, manager)).isInstanceOf(Decision.Allowed.class);
		assertThat(check(ExpenseAction.REIMBURSE, ExpenseStatus.APPROVED, authorAsManager)).isInstanceOf(Decision.Forbidden.class);
		assertThat(check(ExpenseAction.SUBMIT, ExpenseStatus.SUBMITTED, authorAsMember)).isInstanceOf(Decision.Conflict.class);
		assertThat(check(ExpenseAction.REJECT, ExpenseStatus.REJECTED, manager)).isInstanceOf(Decision.Conflict.class);
	}

	@Test
	void membersSeeTheirOwnExpensesAndManagersEveryones() {
		assertThat(ExpenseRules.canSee(author, authorAsMember)).isTrue();
		assertThat(ExpenseRules.canSee(author, otherMember)).isFalse();
		assertThat(ExpenseRules.canSee(author, manager)).isTrue();
	}

	@Test
	void theAllowedActionsAreWhatAPageOffers() {
		assertThat(ExpenseRules.allowed(ExpenseStatus.DRAFT, author, authorAsMember))
			.containsExactly(ExpenseAction.EDIT, ExpenseAction.DELETE, ExpenseAction.SUBMIT);
		assertThat(ExpenseRules.allowed(ExpenseStatus.SUBMITTED, author, manager))
			.containsExactly(ExpenseAction.EDIT, ExpenseAction.APPROVE, ExpenseAction.REJECT);
		assertThat(ExpenseRules.allowed(ExpenseStatus.SUBMITTED, author, authorAsManager)).isEmpty();
		assertThat(ExpenseRules.allowed(ExpenseStatus.APPROVED, author, admin)).containsExactly(ExpenseAction.REIMBURSE);
		assertThat(ExpenseRules.allowed(ExpenseStatus.REIMBURSED, author, admin)).isEmpty();
	}

	private Decision check(ExpenseAction action, ExpenseStatus status, Viewer viewer) {
		return ExpenseRules.check(action, status, author, viewer);
	}
}
