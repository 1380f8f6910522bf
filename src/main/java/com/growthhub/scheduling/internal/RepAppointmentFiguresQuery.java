package com.growthhub.scheduling.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.scheduling.RepAppointmentFigures;
import com.growthhub.shared.OrganizationId;

@Service
class RepAppointmentFiguresQuery implements RepAppointmentFigures {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	RepAppointmentFiguresQuery(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public Map<UUID, Calls> perRep(OrganizationId organization, Instant from, Instant to) {
		Map<UUID, Calls> figures = new LinkedHashMap<>();
		Timestamp start = Timestamp.from(from);
		Timestamp end = Timestamp.from(to);
		transactions.run(organization, new Actor.Job("sales-metrics"), () -> jdbc.sql("""
				select rep_id,
				       count(*) filter (where created_at >= ? and created_at < ? and status <> 'rescheduled'),
				       count(*) filter (where starts_at >= ? and starts_at < ? and status = 'completed')
				from scheduling_appointments
				where organization_id = ? and ((created_at >= ? and created_at < ?) or (starts_at >= ? and starts_at < ?))
				group by rep_id
				""").params(start, end, start, end, organization.value(), start, end, start, end)
			.query(row -> {
				figures.put(row.getObject(1, UUID.class), new Calls(row.getLong(2), row.getLong(3)));
			}));
		return figures;
	}
}
