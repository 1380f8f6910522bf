package com.growthhub.identity.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.identity.internal.AuditTrail;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One audit event as the table shows it: a readable actor and each changed field as before → after. */
record AuditRow(UUID id, Instant occurredAt, String actor, String entityType, @Nullable UUID entityId, String action,
		List<Change> changes) {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	/** Bookkeeping every row has; the table already shows the entity, its id and the time. */
	private static final Set<String> BOOKKEEPING = Set.of("id", "organization_id", "version", "created_at", "updated_at");

	/** A missing side (null) is the row not existing yet, or any more. */
	record Change(String field, @Nullable String before, @Nullable String after) {
	}

	static AuditRow of(AuditTrail.AuditEvent event) {
		String actor = event.actorEmail() != null ? event.actorEmail() : event.actor();
		return new AuditRow(event.id(), event.occurredAt(), actor, event.entityType(), event.entityId(), event.action(),
				changes(event.changes(), !"UPDATED".equals(event.action())));
	}

	/** A created or deleted row lists only its meaningful values; an update lists every change. */
	private static List<Change> changes(String json, boolean wholeRow) {
		List<Change> changes = new ArrayList<>();
		JsonNode root = JSON.readTree(json);
		for (Map.Entry<String, JsonNode> field : root.properties()) {
			Change change = new Change(field.getKey(), text(field.getValue().get("before")),
					text(field.getValue().get("after")));
			boolean empty = change.before() == null && change.after() == null;
			if (!wholeRow || (!BOOKKEEPING.contains(change.field()) && !empty)) {
				changes.add(change);
			}
		}
		changes.sort(java.util.Comparator.comparing(Change::field));
		return changes;
	}

	private static @Nullable String text(@Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		return value.isString() ? value.asString() : value.toString();
	}
}
