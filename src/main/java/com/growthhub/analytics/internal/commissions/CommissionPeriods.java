package com.growthhub.analytics.internal.commissions;

import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Closing a month freezes its commission lines. Booking holds a shared advisory lock of the organization and closing an
 * exclusive one, so a line is never added to a month in the instant it closes.
 */
@Component
public class CommissionPeriods {

	public record Period(YearMonth month, Instant closedAt, @Nullable UUID closedBy) {
	}

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final CommissionAccess access;

	CommissionPeriods(JdbcClient jdbc, TenantTransactions transactions, CommissionAccess access) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.access = access;
	}

	public Period close(OrganizationId organization, Actor actor, YearMonth month) {
		access.manage(organization, actor);
		return transactions.call(organization, actor, () -> {
			lock(organization, false);
			int inserted = jdbc.sql("""
					insert into commission_periods (organization_id, month, closed_at, closed_by) values (?, ?, now(), ?)
					on conflict (organization_id, month) do nothing""").params(organization.value(), first(month),
					actor.userId()).update();
			if (inserted == 0) {
				throw CommissionRefusedException.alreadyClosed(month);
			}
			return find(organization, month).orElseThrow();
		});
	}

	public List<Period> closed(OrganizationId organization, Actor actor, YearMonth from, YearMonth to) {
		access.manage(organization, actor);
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select month, closed_at, closed_by from commission_periods
				where organization_id = ? and month between ? and ? order by month""")
			.params(organization.value(), first(from), first(to)).query(CommissionPeriods::row).list());
	}

	/** In the booking transaction: takes the shared lock and answers the closed months. */
	Set<YearMonth> closedForBooking(OrganizationId organization) {
		lock(organization, true);
		return new HashSet<>(jdbc.sql("select month from commission_periods where organization_id = ?")
			.params(organization.value()).query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate())).list());
	}

	private Optional<Period> find(OrganizationId organization, YearMonth month) {
		return jdbc.sql("select month, closed_at, closed_by from commission_periods where organization_id = ? and month = ?")
			.params(organization.value(), first(month)).query(CommissionPeriods::row).optional();
	}

	private void lock(OrganizationId organization, boolean shared) {
		jdbc.sql("select " + (shared ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock")
				+ "(hashtextextended('commission-periods:' || ?, 0))").param(organization.value().toString())
			.query((rs, n) -> 1).single();
	}

	static Date first(YearMonth month) {
		return Date.valueOf(month.atDay(1));
	}

	private static Period row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Period(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getTimestamp("closed_at").toInstant(),
				rs.getObject("closed_by", UUID.class));
	}
}
