package com.growthhub.expenses.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.expenses.internal.ExpenseInputException;
import com.growthhub.expenses.internal.ExpenseType;
import com.growthhub.expenses.internal.Expenses;

/**
 * A {@code PATCH} of an expense: the properties present replace the expense's values, {@code null} clears an optional
 * one, absent ones stay. Read by hand from the JSON object, because a record cannot tell absent from null.
 */
final class ExpenseRequests {

	static final Set<String> FIELDS = Set.of("title", "description", "merchant", "amountCents", "currency", "categoryId",
			"type", "spentOn", "eventId", "campaign");

	private ExpenseRequests() {
	}

	static Expenses.Draft patch(Expenses.Draft current, Map<String, @Nullable Object> body) {
		for (String key : body.keySet()) {
			if (!FIELDS.contains(key)) {
				throw ExpenseInputException.field(key, "is not a property of an expense");
			}
		}
		return new Expenses.Draft(text(body, "title", current.title()), text(body, "description", current.description()),
				text(body, "merchant", current.merchant()), amount(body, current.amountCents()),
				text(body, "currency", current.currency()), id(body, "categoryId", current.categoryId()),
				body.containsKey("type") ? type(body.get("type")) : current.type(), date(body, current.spentOn()),
				id(body, "eventId", current.eventId()), text(body, "campaign", current.campaign()));
	}

	private static @Nullable String text(Map<String, @Nullable Object> body, String field, @Nullable String current) {
		if (!body.containsKey(field)) {
			return current;
		}
		Object value = body.get(field);
		if (value != null && !(value instanceof String)) {
			throw ExpenseInputException.field(field, "must be text");
		}
		return (String) value;
	}

	private static @Nullable Long amount(Map<String, @Nullable Object> body, @Nullable Long current) {
		if (!body.containsKey("amountCents")) {
			return current;
		}
		Object value = body.get("amountCents");
		if (value == null) {
			return null;
		}
		if (value instanceof Integer || value instanceof Long) {
			return ((Number) value).longValue();
		}
		throw ExpenseInputException.field("amountCents", "must be a whole number of cents");
	}

	private static @Nullable UUID id(Map<String, @Nullable Object> body, String field, @Nullable UUID current) {
		if (!body.containsKey(field)) {
			return current;
		}
		Object value = body.get(field);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			throw ExpenseInputException.field(field, "must be an id (a UUID)");
		}
	}

	private static @Nullable LocalDate date(Map<String, @Nullable Object> body, @Nullable LocalDate current) {
		if (!body.containsKey("spentOn")) {
			return current;
		}
		Object value = body.get("spentOn");
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(String.valueOf(value));
		}
		catch (DateTimeParseException ex) {
			throw ExpenseInputException.field("spentOn", "must be a date (YYYY-MM-DD)");
		}
	}

	static @Nullable ExpenseType type(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return ExpenseType.parse("type", String.valueOf(value));
	}

	/** A form or multipart field that should hold whole cents. */
	static @Nullable Long cents(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw ExpenseInputException.field(field, "must be a whole number of cents");
		}
	}
}
