package com.growthhub.analytics.internal.retention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactRetention.Expired;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Analytics' own expired records: KPI events before a midnight of the organization's, then the daily rollups (its
 * days) of the days before it, so whole days go. Each batch is its own short transaction and skips rows locked by a writer. The caller
 * then rebuilds the rollups, because a contact's first touch may have been among the events removed.
 */
@Service
class KpiEventRetention {

	private static final Actor JOB = new Actor.Job("retention");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	KpiEventRetention(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	Expired expired(OrganizationId organization, Instant cutoff) {
		return transactions.call(organization, JOB, () -> jdbc.sql("""
				select count(*), min(occurred_at) from kpi_events where organization_id = ? and occurred_at < ?
				""").params(organization.value(), Timestamp.from(cutoff)).query((row, index) -> {
			Timestamp oldest = row.getTimestamp(2);
			return new Expired(row.getLong(1), oldest == null ? null : oldest.toInstant());
		}).single());
	}

	int purgeEventsBefore(OrganizationId organization, Instant cutoff, int batchSize) {
		return transactions.call(organization, JOB, () -> jdbc.sql("""
				delete from kpi_events where id in (
				  select id from kpi_events where organization_id = ? and occurred_at < ?
				  limit ? for update skip locked)
				""").params(organization.value(), Timestamp.from(cutoff), batchSize).update());
	}

	/** Rollup rows have no id of their own: a batch is chosen by its physical row ids within the same transaction. */
	int purgeRollupsBefore(OrganizationId organization, LocalDate cutoffDay, int batchSize) {
		return transactions.call(organization, JOB, () -> jdbc.sql("""
				delete from kpi_daily_rollups where ctid = any(array(
				  select ctid from kpi_daily_rollups where organization_id = ? and day < ?
				  limit ? for update skip locked))
				""").params(organization.value(), Date.valueOf(cutoffDay), batchSize).update());
	}
}
