package com.growthhub.agency.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.agency.AgencyHub;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Writes the rollups, each change in the client account's own tenant scope. Counting is idempotent: an item counted
 * once (by kind and id) is never counted again, and only client accounts (those with a rollup row) are counted.
 */
@Component
class AccountRollups implements AgencyHub {

	private static final Actor HUB = new Actor.Job("agency-hub");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	AccountRollups(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	void open(OrganizationId clientAccount, OrganizationId agency) {
		transactions.run(TenantScope.organization(clientAccount, HUB), () -> jdbc.sql("""
				insert into agency_account_rollups (organization_id, agency_id) values (?, ?) on conflict do nothing
				""").params(clientAccount.value(), agency.value()).update());
	}

	enum Kind {
		LEAD, IMPORT, FORM_LEAD, CALL
	}

	/** Adds {@code leads} and {@code calls} on the day of {@code at} (UTC), once per item. */
	void count(OrganizationId clientAccount, Kind kind, UUID itemId, Instant at, int leads, int calls) {
		transactions.run(TenantScope.organization(clientAccount, HUB), () -> jdbc.sql("""
				with counted as (
				  insert into agency_counted_items (organization_id, kind, item_id)
				  select organization_id, ?, ? from agency_account_rollups where organization_id = ?
				  on conflict do nothing
				  returning organization_id
				)
				insert into agency_daily_activity (organization_id, agency_id, day, leads, calls)
				select r.organization_id, r.agency_id, ?, ?, ? from agency_account_rollups r join counted using (organization_id)
				on conflict (organization_id, day) do update
				  set leads = agency_daily_activity.leads + excluded.leads, calls = agency_daily_activity.calls + excluded.calls
				""")
			.params(kind.name().toLowerCase(java.util.Locale.ROOT), itemId, clientAccount.value(),
					java.sql.Date.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDate()), leads, calls)
			.update());
	}

	@Override
	public void onboardingProgress(OrganizationId clientAccount, int stepsDone, int stepsTotal,
			@Nullable Instant completedAt) {
		set(clientAccount, "onboarding_steps_done = ?, onboarding_steps_total = ?, onboarding_completed_at = ?",
				Math.max(0, stepsDone), Math.max(0, stepsTotal), completedAt == null ? null : Timestamp.from(completedAt));
	}

	@Override
	public void reviewsWaiting(OrganizationId clientAccount, int waiting) {
		set(clientAccount, "reviews_waiting = ?", Math.max(0, waiting));
	}

	@Override
	public void tasks(OrganizationId clientAccount, int open, int overdue) {
		set(clientAccount, "open_tasks = ?, overdue_tasks = ?", Math.max(0, open), Math.max(0, overdue));
	}

	private void set(OrganizationId clientAccount, String assignments, @Nullable Object... values) {
		Object[] params = java.util.Arrays.copyOf(values, values.length + 1);
		params[values.length] = clientAccount.value();
		transactions.run(TenantScope.organization(clientAccount, HUB), () -> jdbc
			.sql("update agency_account_rollups set " + assignments + ", updated_at = now() where organization_id = ?")
			.params(params)
			.update());
	}
}
