package com.growthhub.messaging.internal.lines;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.PurchasedLines;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Reads the entitlement counters, which move with every line added or removed (see {@link LineEntitlements}). */
@Component
class PurchasedLineCounts implements PurchasedLines {

	private static final Actor JOB = new Actor.Job("purchased-lines");

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	private final LineSettings settings;

	PurchasedLineCounts(JdbcClient jdbc, TenantTransactions transactions, LineSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
	}

	@Override
	public List<Holding> holdings() {
		return transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select organization_id, free_lines_included, lines_purchased from line_entitlements
				where lines_purchased > 0 order by organization_id""")
			.query((rs, row) -> new Holding(OrganizationId.of(rs.getObject("organization_id", UUID.class)),
					rs.getInt("free_lines_included"), rs.getInt("lines_purchased")))
			.list());
	}

	@Override
	public Holding of(OrganizationId organization) {
		// Reading writes nothing: an organization without a counter row yet has the plan's defaults and no line.
		return transactions.call(TenantScope.organization(organization, JOB), () -> jdbc.sql(
				"select free_lines_included, lines_purchased from line_entitlements where organization_id = ?")
			.param(organization.value())
			.query((rs, row) -> new Holding(organization, rs.getInt("free_lines_included"), rs.getInt("lines_purchased")))
			.optional()
			.orElseGet(() -> new Holding(organization, settings.freeLinesIncluded(), 0)));
	}
}
