package com.growthhub.eventplanning.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.eventplanning.EventDirectory;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

@Component
class EventDirectoryQueries implements EventDirectory {

	private static final Actor READER = new Actor.Job("event-directory");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	EventDirectoryQueries(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return transactions.call(organization, READER, () -> {
			Map<UUID, String> names = new LinkedHashMap<>();
			jdbc.sql("select id, title from events where organization_id = ? and id = any(?)")
				.params(organization.value(), ids.toArray(UUID[]::new))
				.query(rs -> {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
			return names;
		});
	}

	@Override
	public List<Choice> choices(OrganizationId organization) {
		return transactions.call(organization, READER, () -> jdbc.sql("""
				select id, title from events
				where organization_id = ? and status <> 'CANCELLED' and ends_at > now() - interval '180 days'
				order by (starts_at < now()), case when starts_at >= now() then starts_at end, starts_at desc, id
				limit 200
				""").param(organization.value()).query((rs, n) -> new Choice(rs.getObject(1, UUID.class), rs.getString(2))).list());
	}
}
