package com.growthhub.dataio.internal;

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

/** Imports by their file's name in the audit log, and the list and tags an import gives its contacts. */
@Component
class ImportAuditedRecords implements AuditedRecords {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ImportAuditedRecords(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("import");
	}

	@Override
	public Map<String, String> references() {
		return Map.of("list_id", "list", "tag_ids", "tag");
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		transactions.run(organization, new Actor.Anonymous(),
				() -> jdbc.sql("select id, file_name from imports where organization_id = ? and id = any(?)")
					.params(organization.value(), ids.toArray(UUID[]::new))
					.query(rs -> {
						names.put(rs.getObject(1, UUID.class), rs.getString(2));
					}));
		return names;
	}
}
