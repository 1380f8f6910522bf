package com.growthhub.media.internal;

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

/** Media items and collections by name in the audit log, and what the library's columns point at. */
@Component
class MediaAuditedRecords implements AuditedRecords {

	private static final Actor READER = new Actor.Job("audit-log");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	MediaAuditedRecords(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("media_item", "media_link", "media_collection", "media_collection_item");
	}

	@Override
	public Map<String, String> references() {
		return Map.of("media_id", "media_item", "collection_id", "media_collection", "contact_id", "contact");
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		String sql = switch (entityType) {
			case "media_item" -> "select id, name from media_items where organization_id = ? and id = any(?)";
			case "media_collection" -> "select id, name from media_collections where organization_id = ? and id = any(?)";
			case "media_collection_item" -> """
					select ci.id, m.name || ' in ' || c.name from media_collection_items ci
					join media_items m on m.id = ci.media_id join media_collections c on c.id = ci.collection_id
					where ci.organization_id = ? and ci.id = any(?)""";
			case "media_link" -> "select l.id, m.name from media_links l join media_items m on m.id = l.media_id "
					+ "where l.organization_id = ? and l.id = any(?)";
			default -> null;
		};
		Map<UUID, String> names = new HashMap<>();
		if (sql != null) {
			transactions.run(organization, READER, () -> jdbc.sql(sql).params(organization.value(), ids.toArray(UUID[]::new))
				.query(rs -> {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				}));
		}
		return names;
	}
}
