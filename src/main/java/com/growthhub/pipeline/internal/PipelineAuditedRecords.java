package com.growthhub.pipeline.internal;

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

/** Pipelines, stages, deals and services by name in the audit log, and what a deal's columns point at. */
@Component
class PipelineAuditedRecords implements AuditedRecords {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	PipelineAuditedRecords(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("pipeline", "pipeline_stage", "deal", "service");
	}

	@Override
	public Map<String, String> references() {
		return Map.of("pipeline_id", "pipeline", "stage_id", "pipeline_stage", "service_id", "service", "contact_id",
				"contact");
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		String sql = switch (entityType) {
			case "pipeline" -> "select id, name from pipelines where organization_id = ? and id = any(?)";
			case "pipeline_stage" -> "select id, name from pipeline_stages where organization_id = ? and id = any(?)";
			case "deal" -> "select id, title from deals where organization_id = ? and id = any(?)";
			case "service" -> "select id, name from services where organization_id = ? and id = any(?)";
			default -> null;
		};
		if (sql == null) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		transactions.run(organization, new Actor.Anonymous(),
				() -> jdbc.sql(sql).params(organization.value(), ids.toArray(UUID[]::new)).query(rs -> {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				}));
		return names;
	}
}
