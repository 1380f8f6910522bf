package com.growthhub.integrations.internal.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connections.IntegrationInputException;
import com.growthhub.shared.OrganizationId;

/**
 * Which label of the mirrored board's status column stands for which task status. Editable per connection; until
 * edited, Monday's usual labels. Reading a label no status has leaves the item's status as it is.
 */
@Component
public class TaskStatusMapping {

	public static final List<String> STATUSES = List.of("backlog", "in_progress", "review", "done");

	static final Map<String, String> DEFAULTS = Map.of("backlog", "Not Started", "in_progress", "Working on it", "review",
			"Review", "done", "Done");

	private final JdbcClient jdbc;

	TaskStatusMapping(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inside a transaction of the organization: status key → label, every status present. */
	public Map<String, String> labels(OrganizationId organization, UUID connectionId) {
		Map<String, String> labels = new LinkedHashMap<>();
		STATUSES.forEach(status -> labels.put(status, DEFAULTS.get(status)));
		jdbc.sql("select status, label from monday_status_mappings where organization_id = ? and connection_id = ?")
			.params(organization.value(), connectionId)
			.query(rs -> {
				labels.put(rs.getString(1), rs.getString(2));
			});
		return labels;
	}

	/** Inside a transaction of the organization: replaces the labels of the statuses named. */
	public Map<String, String> replace(OrganizationId organization, UUID connectionId, Map<String, String> labels) {
		labels.forEach((status, label) -> {
			if (!STATUSES.contains(status)) {
				throw IntegrationInputException.field("statusMapping." + status, "is not a task status; use one of " + STATUSES);
			}
			if (label == null || label.isBlank() || label.strip().length() > 100) {
				throw IntegrationInputException.field("statusMapping." + status, "must be a label of 1 to 100 characters");
			}
		});
		long distinct = labels.values().stream().map(label -> label.strip().toLowerCase(Locale.ROOT)).distinct().count();
		if (distinct < labels.size()) {
			throw IntegrationInputException.field("statusMapping", "must give each status a label of its own");
		}
		labels.forEach((status, label) -> jdbc.sql("""
				insert into monday_status_mappings (organization_id, connection_id, status, label) values (?, ?, ?, ?)
				on conflict (connection_id, status) do update set label = excluded.label
				""").params(organization.value(), connectionId, status, label.strip()).update());
		return labels(organization, connectionId);
	}

	/** The status a label stands for (case-insensitively), or null for a label no status has. */
	static @Nullable String statusOf(Map<String, String> labels, @Nullable String label) {
		if (label == null) {
			return null;
		}
		return labels.entrySet().stream().filter(entry -> entry.getValue().equalsIgnoreCase(label.strip()))
			.map(Map.Entry::getKey).findFirst().orElse(null);
	}
}
