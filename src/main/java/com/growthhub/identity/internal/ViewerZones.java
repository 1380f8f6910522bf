package com.growthhub.identity.internal;

import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantTransactions;

/** The zone a person reads times in on pages: their own, else their selected organization's, else UTC. */
@Service
public class ViewerZones {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ViewerZones(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public ZoneId of(CurrentUser viewer) {
		return ZoneId.of(transactions.call(SignedInScope.of(viewer), () -> jdbc.sql("""
				select coalesce(u.time_zone, o.time_zone, 'UTC') from users u left join organizations o on o.id = cast(? as uuid)
				where u.id = ?
				""").params(viewer.organizationId(), viewer.userId()).query(String.class).optional().orElse("UTC")));
	}
}
