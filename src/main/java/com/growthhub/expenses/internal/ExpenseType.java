package com.growthhub.expenses.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** What kind of spending an expense is; reports group by it. */
public enum ExpenseType {

	TRAVEL, MEALS, LODGING, VENUE, MARKETING, SUPPLIES, OTHER;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static @Nullable ExpenseType parse(String field, @Nullable String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		try {
			return valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw ExpenseInputException.field(field,
					"must be one of [travel, meals, lodging, venue, marketing, supplies, other]");
		}
	}
}
