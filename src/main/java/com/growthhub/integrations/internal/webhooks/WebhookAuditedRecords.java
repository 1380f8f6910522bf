package com.growthhub.integrations.internal.webhooks;

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

/** Webhooks by their URL in the audit log. */
@Component
class WebhookAuditedRecords implements AuditedRecords {

	private static final Actor READER = new Actor.Job("audit-log");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	WebhookAuditedRecords(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Set<String> entityTypes() {
		return Set.of("webhook");
	}

	@Override
	public Map<String, String> references() {
		return Map.of();
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (entityType.equals("webhook")) {
			transactions.run(organization, READER, () -> jdbc.sql(
					"select id, url from webhook_subscriptions where organization_id = ? and id = any(?)")
				.params(organization.value(), ids.toArray(UUID[]::new))
				.query(rs -> {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				}));
		}
		return names;
	}
}
