package com.growthhub.contacts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.RepLeadFigures;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** One grouped query; the first contact per lead is one index range of its timeline (interactions_contact_idx). */
@Service
class RepLeadFiguresQuery implements RepLeadFigures {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	RepLeadFiguresQuery(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Map<UUID, Leads> perOwner(OrganizationId organization, Instant from, Instant to) {
		Map<UUID, Leads> figures = new LinkedHashMap<>();
		transactions.run(organization, new Actor.Job("sales-metrics"), () -> jdbc.sql("""
				select c.owner_id, count(*),
				       count(f.first_at),
				       coalesce(sum(extract(epoch from f.first_at - c.created_at)), 0)::bigint
				from contacts c
				left join lateral (
				  select min(i.occurred_at) as first_at from interactions i
				  where i.organization_id = c.organization_id and i.contact_id = c.id
				    and i.type in ('call', 'email', 'sms', 'meeting') and i.author_id is not null
				    and i.occurred_at >= c.created_at) f on true
				where c.organization_id = ? and c.owner_id is not null and c.deleted_at is null
				  and c.created_at >= ? and c.created_at < ?
				group by c.owner_id
				""").params(organization.value(), Timestamp.from(from), Timestamp.from(to))
			.query(row -> {
				figures.put(row.getObject(1, UUID.class), new Leads(row.getLong(2), row.getLong(3), row.getLong(4)));
			}));
		return figures;
	}
}
