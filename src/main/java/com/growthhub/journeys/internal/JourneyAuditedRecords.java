package com.growthhub.journeys.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.AuditedRecords;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Journeys, their templates and steps by name in the audit log, an active client by its contact's name, and what
 * their columns point at. A client's service is shown by its short id.
 */
@Component
class JourneyAuditedRecords implements AuditedRecords {

	private static final Actor READER = new Actor.Job("audit-log");

	private final JdbcClient jdbc;
	private final ContactDirectory contacts;
	private final TenantTransactions transactions;

	JourneyAuditedRecords(JdbcClient jdbc, ContactDirectory contacts, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("journey_template", "journey_template_step", "journey", "journey_step", "active_client",
				"client_service");
	}

	@Override
	public Map<String, String> references() {
		return Map.of("template_id", "journey_template", "journey_id", "journey", "active_client_id", "active_client",
				"contact_id", "contact", "service_id", "service", "service_ids", "service");
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		if (entityType.equals("active_client")) {
			return activeClients(organization, ids);
		}
		String sql = switch (entityType) {
			case "journey_template" -> "select id, name from journey_templates where organization_id = ? and id = any(?)";
			case "journey_template_step" -> "select id, title from journey_template_steps where organization_id = ? "
					+ "and id = any(?)";
			case "journey" -> "select id, name from journeys where organization_id = ? and id = any(?)";
			case "journey_step" -> "select id, title from journey_steps where organization_id = ? and id = any(?)";
			default -> null;
		};
		return sql == null ? Map.of() : named(organization, sql, ids);
	}

	/** An active client is a contact who agreed to services: named as the contact is. */
	private Map<UUID, String> activeClients(OrganizationId organization, Collection<UUID> ids) {
		Map<UUID, UUID> contactOf = new HashMap<>();
		transactions.run(organization, READER,
				() -> jdbc.sql("select id, contact_id from active_clients where organization_id = ? and id = any(?)")
					.params(organization.value(), ids.toArray(UUID[]::new))
					.query(rs -> {
						contactOf.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
					}));
		Map<ContactId, String> contactNames = contacts.names(organization, READER,
				contactOf.values().stream().map(ContactId::of).toList());
		Map<UUID, String> names = new HashMap<>();
		contactOf.forEach((client, contact) -> {
			String name = contactNames.get(ContactId.of(contact));
			if (name != null) {
				names.put(client, name);
			}
		});
		return names;
	}

	private Map<UUID, String> named(OrganizationId organization, String sql, Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		transactions.run(organization, READER, () -> jdbc.sql(sql).params(organization.value(), ids.toArray(UUID[]::new))
			.query(rs -> {
				names.put(rs.getObject(1, UUID.class), rs.getString(2));
			}));
		return names;
	}
}
