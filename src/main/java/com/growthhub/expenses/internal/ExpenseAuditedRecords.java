package com.growthhub.expenses.internal;

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

/** Expenses by title and categories by name in the audit log, and the people and records their columns point at. */
@Component
class ExpenseAuditedRecords implements AuditedRecords {

	private static final Actor READER = new Actor.Job("audit-log");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ExpenseAuditedRecords(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("expense", "expense_category");
	}

	@Override
	public Map<String, String> references() {
		return Map.of("category_id", "expense_category", "decided_by", "user", "reimbursed_by", "user", "event_id", "event");
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		String sql = switch (entityType) {
			case "expense" -> "select id, title from expenses where organization_id = ? and id = any(?)";
			case "expense_category" -> "select id, name from expense_categories where organization_id = ? and id = any(?)";
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
