package com.growthhub.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Reads the audit trail written by the {@code audit_row_change} trigger. Newest first, paged by a
 * keyset cursor on (occurred_at, id).
 */
@Service
public class AuditTrail {

	static final int MAX_LIMIT = 200;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	AuditTrail(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** @param actorName the person's name when a person acted and has one, else null */
	public record AuditEvent(UUID id, Instant occurredAt, String actor, @Nullable UUID actorUserId,
			@Nullable String actorEmail, @Nullable String actorName, String entityType, @Nullable UUID entityId,
			String action, String changes) {
	}

	public record Filter(@Nullable String entityType, @Nullable UUID entityId, @Nullable UUID actorUserId,
			@Nullable String action, @Nullable Instant from, @Nullable Instant to) {
	}

	public record Page(List<AuditEvent> items, @Nullable String nextCursor) {
	}

	/** The organization's trail; reading it is nobody's act, so it records nothing of its own. */
	public Page find(OrganizationId organization, Filter filter, @Nullable String cursor, int limit) {
		int size = Math.clamp(limit, 1, MAX_LIMIT);
		StringBuilder sql = new StringBuilder("""
				select a.id, a.occurred_at, a.actor, a.actor_user_id, u.email as actor_email,
				       nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), '') as actor_name,
				       a.entity_type, a.entity_id, a.action, a.changes::text as changes
				from audit_events a left join users u on u.id = a.actor_user_id
				where a.organization_id = ?
				""");
		List<Object> params = new ArrayList<>(List.of(organization.value()));
		if (filter.entityType() != null) {
			sql.append(" and a.entity_type = ?");
			params.add(filter.entityType());
		}
		if (filter.entityId() != null) {
			sql.append(" and a.entity_id = ?");
			params.add(filter.entityId());
		}
		if (filter.actorUserId() != null) {
			sql.append(" and a.actor_user_id = ?");
			params.add(filter.actorUserId());
		}
		if (filter.action() != null) {
			sql.append(" and a.action = ?");
			params.add(filter.action().toUpperCase(java.util.Locale.ROOT));
		}
		if (filter.from() != null) {
			sql.append(" and a.occurred_at >= ?");
			params.add(java.sql.Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and a.occurred_at < ?");
			params.add(java.sql.Timestamp.from(filter.to()));
		}
		PageCursor after = PageCursor.parse(cursor);
		if (after != null) {
			sql.append(" and (a.occurred_at, a.id) < (?, ?)");
			params.add(java.sql.Timestamp.from(after.instant()));
			params.add(after.id());
		}
		sql.append(" order by a.occurred_at desc, a.id desc limit ?");
		params.add(size + 1);
		List<AuditEvent> rows = transactions.call(organization, new Actor.Anonymous(),
				() -> jdbc.sql(sql.toString()).params(params).query(AuditEvent.class).list());
		if (rows.size() <= size) {
			return new Page(rows, null);
		}
		AuditEvent last = rows.get(size - 1);
		return new Page(rows.subList(0, size), new PageCursor(last.occurredAt(), last.id()).encode());
	}
}
