package com.growthhub.eventplanning.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.identity.AuditedRecords;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Events by title, agenda items by title and attendees by name in the audit log. */
@Component
class EventAuditedRecords implements AuditedRecords {

	private static final Actor READER = new Actor.Job("audit-log");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	EventAuditedRecords(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("event", "event_agenda_item", "event_attendee");
	}

	@Override
	public Map<String, String> references() {
		return Map.of("event_id", "event", "contact_id", "contact");
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		String sql = switch (entityType) {
			case "event" -> "select id, title from events where organization_id = ? and id = any(?)";
			case "event_agenda_item" -> "select id, title from event_agenda_items where organization_id = ? and id = any(?)";
			case "event_attendee" -> "select id, name from event_attendees where organization_id = ? and id = any(?)";
			default -> null;
		};
		if (sql == null) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		transactions.run(organization, READER, () -> jdbc.sql(sql).params(organization.value(), ids.toArray(UUID[]::new))
			.query(rs -> {
				names.put(rs.getObject(1, UUID.class), rs.getString(2));
			}));
		return names;
	}
}
