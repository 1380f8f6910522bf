package com.growthhub.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** One audit event with its changes read: {@code {column: {before, after}}}, a whole row when created or deleted. */
record AuditRecord(AuditTrail.AuditEvent event, JsonNode changes) {

	/** The columns that name a row, in the order tried: a person, then a name, a title, a label, a file, an address. */
	private static final List<String> NAME_COLUMNS = List.of("name", "title", "label", "file_name", "email");

	boolean updated() {
		return "UPDATED".equals(event.action());
	}

	List<String> columns() {
		return List.copyOf(changes.propertyNames());
	}

	@Nullable JsonNode before(String column) {
		return side(column, "before");
	}

	@Nullable JsonNode after(String column) {
		return side(column, "after");
	}

	/** The column's value in the row: as it is after the change, or as it was before a delete. */
	@Nullable JsonNode row(String column) {
		JsonNode after = after(column);
		return after != null ? after : before(column);
	}

	/** The name the row's own values give it, when they hold one: a person's first and last name, else a name column. */
	@Nullable String ownName() {
		String first = text(row("first_name"));
		if (first != null) {
			String last = text(row("last_name"));
			return last == null ? first : first + " " + last;
		}
		return NAME_COLUMNS.stream().map(column -> text(row(column))).filter(name -> name != null).findFirst().orElse(null);
	}

	/** The ids a value holds: one, a list of them, or none. */
	static List<UUID> ids(@Nullable JsonNode value) {
		List<UUID> ids = new ArrayList<>();
		if (value != null && value.isArray()) {
			value.valueStream().forEach(item -> ids.addAll(ids(item)));
		}
		else if (value != null && value.isString()) {
			try {
				ids.add(UUID.fromString(value.asString()));
			}
			catch (IllegalArgumentException ex) {
				// not an id: nothing to name
			}
		}
		return ids;
	}

	private @Nullable JsonNode side(String column, String side) {
		JsonNode value = changes.path(column).get(side);
		return value == null || value.isNull() || value.isMissingNode() ? null : value;
	}

	private static @Nullable String text(@Nullable JsonNode value) {
		return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}
}
