package com.growthhub.identity.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.OrganizationRoster;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Reads the organizations' ids in the system scope: the job asking works for all of them. */
@Service
class OrganizationRosterQuery implements OrganizationRoster {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	OrganizationRosterQuery(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public List<OrganizationId> all() {
		return transactions.call(TenantScope.system(new Actor.Job("organization-roster")),
				() -> jdbc.sql("select id from organizations order by created_at, id").query(UUID.class).list())
			.stream().map(OrganizationId::of).toList();
	}
}
