package com.growthhub.expenses.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where an expense stands (seed 000 §5). The allowed moves live here and only here: draft → submitted → approved or
 * rejected; approved → reimbursed. Rejected and reimbursed are final: a rejected expense is corrected as a new one.
 */
public enum ExpenseStatus {

	DRAFT, SUBMITTED, APPROVED, REJECTED, REIMBURSED;

	public Set<ExpenseStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SUBMITTED);
			case SUBMITTED -> EnumSet.of(APPROVED, REJECTED);
			case APPROVED -> EnumSet.of(REIMBURSED);
			case REJECTED, REIMBURSED -> EnumSet.noneOf(ExpenseStatus.class);
		};
	}

	public boolean canMoveTo(ExpenseStatus to) {
		return next().contains(to);
	}

	/** Approved and reimbursed expenses are money the organization stands behind. */
	public boolean approved() {
		return this == APPROVED || this == REIMBURSED;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ExpenseStatus fromKey(String key) {
		return valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	/** A status from a query parameter or form field; a 400 naming the field for anything else. */
	public static @Nullable ExpenseStatus parse(String field, @Nullable String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		try {
			return fromKey(key);
		}
		catch (IllegalArgumentException ex) {
			throw ExpenseInputException.field(field, "must be one of [draft, submitted, approved, rejected, reimbursed]");
		}
	}
}
