package com.growthhub.contacts.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.PrivacyMode;
import com.growthhub.identity.AuditedRecords;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Contacts, tags, lists and custom fields by name in the audit log; contacts as everybody sees them (privacy mode). */
@Component
class ContactAuditedRecords implements AuditedRecords {

	private final JdbcClient jdbc;
	private final ContactSettingsStore settings;
	private final TenantTransactions transactions;

	ContactAuditedRecords(JdbcClient jdbc, ContactSettingsStore settings, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("contact", "tag", "list", "custom_field", "contact_settings");
	}

	@Override
	public Map<String, String> references() {
		return Map.of();
	}

	/** Trashed contacts keep their names here: the log tells what happened to them too. */
	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		UUID[] wanted = ids.toArray(UUID[]::new);
		return transactions.call(organization, new Actor.Anonymous(), () -> switch (entityType) {
			case "contact" -> {
				PrivacyMode privacy = PrivacyMode.of(settings.get(organization.value()).privacyMode());
				Map<UUID, String> names = new HashMap<>();
				jdbc.sql("select id, first_name, last_name from contacts where organization_id = ? and id = any(?)")
					.params(organization.value(), wanted)
					.query(rs -> {
						names.put(rs.getObject(1, UUID.class), privacy.name(rs.getString(2), rs.getString(3)));
					});
				yield names;
			}
			case "tag" -> named("select id, name from tags where organization_id = ? and id = any(?)", organization, wanted);
			case "list" -> named("select id, name from contact_lists where organization_id = ? and id = any(?)",
					organization, wanted);
			case "custom_field" -> named("select id, label from custom_field_definitions where organization_id = ? "
					+ "and id = any(?)", organization, wanted);
			// contact_settings is one row per organization, named by its type alone
			default -> Map.of();
		});
	}

	private Map<UUID, String> named(String sql, OrganizationId organization, UUID[] ids) {
		Map<UUID, String> names = new HashMap<>();
		jdbc.sql(sql).params(organization.value(), ids).query(rs -> {
			names.put(rs.getObject(1, UUID.class), rs.getString(2));
		});
		return names;
	}
}
