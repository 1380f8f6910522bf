package com.growthhub.pipeline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.pipeline.ClosedDeals;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** A deal's {@code closed_at} is set by the move into a won or lost stage (and cleared by a move back to an open one). */
@Service
class ClosedDealsQuery implements ClosedDeals {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ClosedDealsQuery(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public List<PerContact> perContact(OrganizationId organization, Instant from, Instant to) {
		return transactions.call(organization, new Actor.Job("campaign-report"), () -> jdbc.sql("""
				select contact_id, status = 'WON', count(*) from deals
				where organization_id = ? and status in ('WON', 'LOST') and closed_at >= ? and closed_at < ?
				group by 1, 2
				""").params(organization.value(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new PerContact(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getLong(3))).list());
	}
}
