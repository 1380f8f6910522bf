package com.growthhub.contacts.internal.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.growthhub.contacts.ContactSync;

/**
 * The text columns behind {@link ContactSync#FIELDS}, in the same order; the owner and the lifecycle are not text
 * columns (a member's id, the type) and are read and written on their own.
 */
final class SyncColumns {

	static final Map<String, String> BY_FIELD = ContactSync.FIELDS.stream()
		.filter(field -> !field.equals(ContactSync.OWNER_EMAIL) && !field.equals(ContactSync.LIFECYCLE))
		.collect(Collectors.toMap(field -> field, SyncColumns::column, (a, b) -> a, LinkedHashMap::new));

	private SyncColumns() {
	}

	static String list(String alias) {
		return BY_FIELD.values().stream().map(column -> alias + column).collect(Collectors.joining(", "));
	}

	/** The record type of a JSON array of rows carrying these columns, for {@code jsonb_to_recordset}. */
	static String recordType(String leading) {
		return "(" + leading + BY_FIELD.values().stream().map(column -> column + " text").collect(Collectors.joining(", "))
				+ ", custom_fields jsonb)";
	}

	private static String column(String field) {
		return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
	}
}
