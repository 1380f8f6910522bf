package com.growthhub.identity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The changes of one audit event as the log lists them, by label: every changed field of an update, the values a
 * created or deleted row had. A JSON column ({@code custom_fields}, {@code scoring}) lists each of its keys on its own
 * ("Birthday: 1990-01-01"). Bookkeeping every row has is left out.
 */
record AuditChanges(AuditRecord record, AuditValues values, AuditLabels labels, Locale locale) {

	/** Ids, timestamps of the row itself, versions, search text, counters and job progress: no person changed them. */
	static final Set<String> BOOKKEEPING = Set.of("id", "organization_id", "created_at", "updated_at", "version",
			"search_text", "search_vector", "interaction_count", "last_interaction_at", "lead_score", "member_count",
			"notified_at", "stage_entered_at", "progress", "processed", "attempts");

	/** Worth a line when they change, noise in a whole new row. */
	static final Set<String> ROW_NOISE = Set.of("position", "failed_logins", "last_login_at", "last_used_at");

	List<AuditLog.Change> list() {
		String type = record.event().entityType();
		List<AuditLog.Change> changes = new ArrayList<>();
		for (String column : record.columns()) {
			if (hidden(column)) {
				continue;
			}
			JsonNode before = record.before(column);
			JsonNode after = record.after(column);
			if ((before == null || before.isObject()) && (after == null || after.isObject()) && (before != null || after != null)) {
				keys(column, before, after, changes);
			}
			else {
				add(changes, column, labels.field(type, column, locale), values.text(column, before),
						values.text(column, after));
			}
		}
		changes.sort(Comparator.comparing(AuditLog.Change::label, String.CASE_INSENSITIVE_ORDER));
		return changes;
	}

	private boolean hidden(String column) {
		AuditTrail.AuditEvent event = record.event();
		if (BOOKKEEPING.contains(column)) {
			return true;
		}
		if (record.updated()) {
			return false;
		}
		JsonNode value = record.row(column);
		boolean secret = value != null && value.isString() && value.asString().equals("[secret]");
		// "Created by" only says something when someone else (an import's owner) is named than who acted.
		boolean creator = column.equals("created_by") && value != null && event.actorUserId() != null
				&& value.asString().equals(event.actorUserId().toString());
		return ROW_NOISE.contains(column) || secret || creator;
	}

	/** One line per key of a JSON object whose value changed, or that the created or deleted row had. */
	private void keys(String column, @Nullable JsonNode before, @Nullable JsonNode after, List<AuditLog.Change> changes) {
		Set<String> keys = new LinkedHashSet<>();
		if (before != null) {
			keys.addAll(before.propertyNames());
		}
		if (after != null) {
			keys.addAll(after.propertyNames());
		}
		// A custom field is a field of its own to people; other keys say which column they belong to.
		String prefix = column.equals("custom_fields") ? ""
				: labels.field(record.event().entityType(), column, locale) + " › ";
		for (String key : keys) {
			JsonNode was = before == null ? null : before.get(key);
			JsonNode is = after == null ? null : after.get(key);
			if (!Objects.equals(was, is)) {
				add(changes, column + "." + key, prefix + AuditValues.key(key), values.text(key, was), values.text(key, is));
			}
		}
	}

	private void add(List<AuditLog.Change> changes, String field, String label, @Nullable String before,
			@Nullable String after) {
		if (before != null || after != null) {
			changes.add(new AuditLog.Change(field, label, before, after));
		}
	}
}
