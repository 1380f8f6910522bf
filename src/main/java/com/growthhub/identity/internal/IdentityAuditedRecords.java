package com.growthhub.identity.internal;

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

/**
 * Identity's own audited records by name: the organization, people (users, and memberships by their person),
 * invitations by the address invited and API tokens by their name. People are named whether or not they are still
 * members: the log outlives memberships.
 */
@Component
class IdentityAuditedRecords implements AuditedRecords {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	IdentityAuditedRecords(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("organization", "user", "membership", "invitation", "api_token");
	}

	/** The columns of every module that hold a person's id: people are identity's records. */
	@Override
	public Map<String, String> references() {
		return Map.of("user_id", "user", "owner_id", "user", "created_by", "user", "invited_by", "user", "started_by",
				"user", "assignee_id", "user", "actor_user_id", "user");
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		String sql = switch (entityType) {
			case "organization" -> "select id, name from organizations where id = any(?)";
			case "user" -> "select id, trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) from users "
					+ "where id = any(?)";
			case "membership" -> """
					select m.id, trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, ''))
					from memberships m join users u on u.id = m.user_id where m.id = any(?)
					""";
			case "invitation" -> "select id, email from invitations where id = any(?)";
			case "api_token" -> "select id, name from api_tokens where id = any(?)";
			default -> null;
		};
		if (sql == null) {
			return Map.of();
		}
		Map<UUID, String> names = new HashMap<>();
		// Row-level security keeps every table but users to the organization; users are asked for by id only.
		transactions.run(organization, new Actor.Anonymous(), () -> jdbc.sql(sql).param(ids.toArray(UUID[]::new))
			.query(rs -> {
				if (!rs.getString(2).isBlank()) {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				}
			}));
		return names;
	}
}
