package com.growthhub.tasks.internal;

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

/** Workspaces, boards, groups and items by name in the audit log, and what an item's columns point at. */
@Component
class TaskAuditedRecords implements AuditedRecords {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	TaskAuditedRecords(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("task_workspace", "task_board", "task_group", "task_item", "task_comment", "task_attachment");
	}

	@Override
	public Map<String, String> references() {
		return Map.of("workspace_id", "task_workspace", "board_id", "task_board", "group_id", "task_group", "parent_id",
				"task_item", "item_id", "task_item");
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		String sql = switch (entityType) {
			case "task_workspace" -> "select id, name from task_workspaces where organization_id = ? and id = any(?)";
			case "task_board" -> "select id, name from task_boards where organization_id = ? and id = any(?)";
			case "task_group" -> "select id, name from task_groups where organization_id = ? and id = any(?)";
			case "task_item" -> "select id, name from task_items where organization_id = ? and id = any(?)";
			case "task_attachment" -> "select id, name from task_attachments where organization_id = ? and id = any(?)";
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
