package com.growthhub.pipeline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.pipeline.RepDealFigures;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** One range of deals_won_idx (organization, closed_at) for the period. */
@Service
class RepDealFiguresQuery implements RepDealFigures {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	RepDealFiguresQuery(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public List<Won> wonPerOwner(OrganizationId organization, Instant from, Instant to) {
		return transactions.call(organization, new Actor.Job("sales-metrics"), () -> jdbc.sql("""
				select owner_id, currency, count(*) as deals, coalesce(sum(value_cents), 0)::bigint as value_cents from deals
				where organization_id = ? and status = 'WON' and closed_at >= ? and closed_at < ? and owner_id is not null
				group by owner_id, currency order by owner_id, currency
				""").params(organization.value(), Timestamp.from(from), Timestamp.from(to)).query(Won.class).list());
	}
}
