package com.growthhub.expenses.internal;

import java.util.Locale;

/** What a person may try to do with an expense; {@link ExpenseRules} decides whether they may. */
public enum ExpenseAction {

	EDIT, DELETE, SUBMIT, APPROVE, REJECT, REIMBURSE;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
