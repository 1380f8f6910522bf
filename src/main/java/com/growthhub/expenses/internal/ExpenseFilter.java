package com.growthhub.expenses.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which expenses a list, a report or an export covers: the filters of {@code GET /api/v1/expenses}. Dates are the
 * days the money was spent, both ends included.
 */
public record ExpenseFilter(@Nullable ExpenseStatus status, @Nullable UUID eventId, @Nullable UUID categoryId,
		@Nullable LocalDate from, @Nullable LocalDate to, @Nullable UUID createdBy) {

	public static final ExpenseFilter NONE = new ExpenseFilter(null, null, null, null, null, null);

	public ExpenseFilter {
		if (from != null && to != null && from.isAfter(to)) {
			throw ExpenseInputException.field("from", "must not be after 'to'");
		}
	}

	/** From query parameters as typed ({@code status, eventId, category, from, to, createdBy}); 400 naming a bad one. */
	public static ExpenseFilter parse(@Nullable String status, @Nullable String eventId, @Nullable String category,
			@Nullable String from, @Nullable String to, @Nullable String createdBy) {
		return new ExpenseFilter(ExpenseStatus.parse("status", status), uuid("eventId", eventId), uuid("category", category),
				date("from", from), date("to", to), uuid("createdBy", createdBy));
	}

	/** From a map of query parameters, as a CSV export receives them. */
	public static ExpenseFilter parse(java.util.Map<String, List<String>> parameters) {
		return parse(first(parameters, "status"), first(parameters, "eventId"), first(parameters, "category"),
				first(parameters, "from"), first(parameters, "to"), first(parameters, "createdBy"));
	}

	private static @Nullable String first(java.util.Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return values == null || values.isEmpty() ? null : values.getFirst();
	}

	public static @Nullable UUID uuid(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw ExpenseInputException.field(field, "must be an id (a UUID)");
		}
	}

	public static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw ExpenseInputException.field(field, "must be a date (YYYY-MM-DD)");
		}
	}

	/** The same filter as query parameters, for links (the report's CSV download, the next page). */
	public java.util.Map<String, String> asParameters() {
		java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
		if (status != null) {
			parameters.put("status", status.key());
		}
		if (eventId != null) {
			parameters.put("eventId", eventId.toString());
		}
		if (categoryId != null) {
			parameters.put("category", categoryId.toString());
		}
		if (from != null) {
			parameters.put("from", from.toString());
		}
		if (to != null) {
			parameters.put("to", to.toString());
		}
		if (createdBy != null) {
			parameters.put("createdBy", createdBy.toString());
		}
		return parameters;
	}

	/**
	 * Appends the conditions on the expenses aliased {@code e}, after a {@code where}, with their parameters; a viewer
	 * limited to their own expenses ({@code onlyOf}) sees only those whatever the filter says.
	 */
	void appendTo(StringBuilder sql, List<Object> params, @Nullable UUID onlyOf) {
		if (onlyOf != null) {
			sql.append(" and e.created_by = ?");
			params.add(onlyOf);
		}
		if (status != null) {
			sql.append(" and e.status = ?");
			params.add(status.name());
		}
		if (eventId != null) {
			sql.append(" and e.event_id = ?");
			params.add(eventId);
		}
		if (categoryId != null) {
			sql.append(" and e.category_id = ?");
			params.add(categoryId);
		}
		if (from != null) {
			sql.append(" and e.spent_on >= ?");
			params.add(from);
		}
		if (to != null) {
			sql.append(" and e.spent_on <= ?");
			params.add(to);
		}
		if (createdBy != null) {
			sql.append(" and e.created_by = ?");
			params.add(createdBy);
		}
	}
}
