package com.growthhub.analytics.internal.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.shared.OrganizationId;

/**
 * The few reads every report is made of, all from the maintained tables (daily rollups, monthly spend, campaigns),
 * never from the raw KPI events: a year of a big organization is a few hundred thousand rollup rows, not millions of
 * events. Callers run them inside the organization's tenant transaction.
 */
@Component
class RollupQueries {

	/** The nil uuid stands for "no campaign" in the rollups' primary key. */
	static final UUID NO_CAMPAIGN = new UUID(0, 0);

	private final JdbcClient jdbc;

	RollupQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Sum(@Nullable UUID campaignId, String currency, String kind, long count, long valueCents) {
	}

	record DaySum(LocalDate day, String currency, String kind, long count, long valueCents) {
	}

	record CampaignInfo(UUID id, String name, String platform, String status, String currency, boolean deleted) {
	}

	List<Sum> byCampaign(OrganizationId organization, AttributionModel model, ReportPeriod period) {
		return jdbc.sql("""
				select nullif(campaign_id, '00000000-0000-0000-0000-000000000000'::uuid), currency, kind,
				       sum(event_count)::bigint, sum(value_cents)::bigint
				from kpi_daily_rollups
				where organization_id = ? and model = ? and day between ? and ?
				group by campaign_id, currency, kind
				""").params(organization.value(), model.key(), period.from(), period.to())
			.query((rs, n) -> new Sum(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

	List<DaySum> byDay(OrganizationId organization, AttributionModel model, ReportPeriod period) {
		return jdbc.sql("""
				select day, currency, kind, sum(event_count)::bigint, sum(value_cents)::bigint
				from kpi_daily_rollups
				where organization_id = ? and model = ? and day between ? and ?
				group by day, currency, kind
				""").params(organization.value(), model.key(), period.from(), period.to())
			.query((rs, n) -> new DaySum(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					rs.getLong(4), rs.getLong(5)))
			.list();
	}

	/** Spend of every month that overlaps the period (a whole month's amount; {@link MonthlySpend#share} takes its share). */
	List<MonthlySpend> spend(OrganizationId organization, ReportPeriod period) {
		return jdbc.sql("""
				select campaign_id, month, amount_cents from campaign_spend
				where organization_id = ? and month between ? and ? and amount_cents > 0
				""").params(organization.value(), period.from().withDayOfMonth(1), period.to())
			.query((rs, n) -> new MonthlySpend(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getLong(3)))
			.list();
	}

	List<CampaignInfo> campaigns(OrganizationId organization) {
		return jdbc.sql("""
				select id, name, platform, status, currency, deleted_at is not null from campaigns
				where organization_id = ? order by lower(name), id
				""").param(organization.value())
			.query((rs, n) -> new CampaignInfo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getBoolean(6)))
			.list();
	}
}
