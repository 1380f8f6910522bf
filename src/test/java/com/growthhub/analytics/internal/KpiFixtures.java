package com.growthhub.analytics.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Campaigns and rollup snapshots written and read straight in SQL, for tests that need many organizations fast. */
final class KpiFixtures {

	static final Actor TEST = new Actor.Job("kpi-test");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	KpiFixtures(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	UUID campaign(OrganizationId organization, String name) {
		return campaign(organization, name, null);
	}

	/** A campaign whose utm_campaign is its name in lower case. */
	UUID campaign(OrganizationId organization, String name, String utmSource) {
		return transactions.call(organization, TEST, () -> jdbc.sql("""
				insert into campaigns (organization_id, name, utm_campaign, utm_source) values (?, ?, ?, ?) returning id
				""").params(organization.value(), name, name.toLowerCase(java.util.Locale.ROOT), utmSource)
			.query(UUID.class).single());
	}

	/** The rollup count of one kind on one campaign (null: none) under one model. */
	long count(OrganizationId organization, String model, String kind, UUID campaign) {
		return transactions.call(organization, TEST, () -> jdbc.sql("""
				select coalesce(sum(event_count), 0) from kpi_daily_rollups
				where organization_id = ? and model = ? and kind = ? and campaign_id = ?
				""").params(organization.value(), model, kind, campaign == null ? KpiRecorder.NO_CAMPAIGN : campaign)
			.query(Long.class).single());
	}

	long value(OrganizationId organization, String model, UUID campaign) {
		return transactions.call(organization, TEST, () -> jdbc.sql("""
				select coalesce(sum(value_cents), 0) from kpi_daily_rollups
				where organization_id = ? and model = ? and kind = 'invoice_paid' and campaign_id = ?
				""").params(organization.value(), model, campaign).query(Long.class).single());
	}

	/** The events recorded under a source key: 1 when recorded once. */
	long withKey(OrganizationId organization, String sourceKey) {
		return transactions.call(organization, TEST, () -> jdbc
			.sql("select count(*) from kpi_events where organization_id = ? and source_key = ?")
			.params(organization.value(), sourceKey).query(Long.class).single());
	}

	/** Every rollup row of the organization as text, in a stable order. */
	List<String> rollups(OrganizationId organization) {
		return transactions.call(organization, TEST, () -> jdbc.sql("""
				select concat_ws(' ', day, campaign_id, model, kind, currency, event_count, value_cents)
				from kpi_daily_rollups where organization_id = ? and event_count > 0
				union all
				select concat_ws(' ', 'month', month, campaign_id, model, kind, currency, event_count, value_cents)
				from kpi_monthly_rollups where organization_id = ? and event_count > 0 order by 1
				""").params(organization.value(), organization.value()).query(String.class).list());
	}

	/** Monthly rollup rows that differ from the sum of their month's daily rows (none when both are kept right). */
	List<String> monthsNotSummingTheirDays(OrganizationId organization) {
		return transactions.call(organization, TEST, () -> jdbc.sql("""
				select concat_ws(' ', coalesce(m.month, d.month), coalesce(m.campaign_id, d.campaign_id),
				  coalesce(m.model, d.model), coalesce(m.kind, d.kind), m.event_count, d.event_count)
				from (select * from kpi_monthly_rollups where organization_id = ?) m
				full join (select date_trunc('month', day)::date as month, campaign_id, model, kind, currency,
				             sum(event_count) as event_count, sum(value_cents) as value_cents
				           from kpi_daily_rollups where organization_id = ? group by 1, 2, 3, 4, 5) d
				  on d.month = m.month and d.campaign_id = m.campaign_id and d.model = m.model and d.kind = m.kind
				     and d.currency = m.currency
				where m.event_count is distinct from d.event_count or m.value_cents is distinct from d.value_cents
				order by 1
				""").params(organization.value(), organization.value()).query(String.class).list());
	}

	List<String> touches(OrganizationId organization) {
		return transactions.call(organization, TEST, () -> jdbc.sql("""
				select concat_ws(' ', contact_id, first_campaign_id, first_touched_at, last_campaign_id, last_touched_at)
				from contact_touches where organization_id = ? order by 1
				""").param(organization.value()).query(String.class).list());
	}

	long events(OrganizationId organization) {
		return transactions.call(organization, TEST, () -> jdbc
			.sql("select count(*) from kpi_events where organization_id = ?").param(organization.value())
			.query(Long.class).single());
	}
}
