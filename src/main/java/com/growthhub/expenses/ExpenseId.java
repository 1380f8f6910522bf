package com.growthhub.expenses;

import java.util.Objects;
import java.util.UUID;

/** The id of an expense. */
public record ExpenseId(UUID value) {

	public ExpenseId {
		Objects.requireNonNull(value, "value");
	}

	public static ExpenseId of(UUID value) {
		return new ExpenseId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
