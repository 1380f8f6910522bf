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

	/** The sums of a period and of the period just before it, by campaign, currency and kind. */
	record PeriodSums(List<Sum> current, List<Sum> previous) {
	}

	/**
	 * Both periods in ONE read of the rollups: whole months from the monthly rows, edge days from the daily ones, each
	 * row counted in the current or previous period by its date (conditional aggregates). The periods are adjacent, so a
	 * row dated from the current period's first day on belongs to it: a whole month of the current period starts inside
	 * it, a whole month of the previous one starts before it.
	 */
	PeriodSums byCampaign(OrganizationId organization, AttributionModel model, ReportPeriod period) {
		RollupSlices slices = RollupSlices.of(period.previous(), period);
		List<Sum[]> rows = jdbc.sql("""
				select nullif(campaign_id, '00000000-0000-0000-0000-000000000000'::uuid), currency, kind,
				       coalesce(sum(event_count) filter (where d >= :from), 0)::bigint,
				       coalesce(sum(value_cents) filter (where d >= :from), 0)::bigint,
				       coalesce(sum(event_count) filter (where d < :from), 0)::bigint,
				       coalesce(sum(value_cents) filter (where d < :from), 0)::bigint
				from (select month as d, campaign_id, currency, kind, event_count, value_cents
				      from kpi_monthly_rollups
				      where organization_id = :org and model = :model and month = any(cast(:months as date[]))
				      union all
				      select day, campaign_id, currency, kind, event_count, value_cents
				      from kpi_daily_rollups
				      where organization_id = :org and model = :model and day = any(cast(:days as date[]))) r
				group by campaign_id, currency, kind
				""").param("org", organization.value()).param("model", model.key()).param("from", period.from())
			.param("months", slices.monthsArray()).param("days", slices.daysArray())
			.query((rs, n) -> {
				UUID campaign = rs.getObject(1, UUID.class);
				return new Sum[] { new Sum(campaign, rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)),
						new Sum(campaign, rs.getString(2), rs.getString(3), rs.getLong(6), rs.getLong(7)) };
			})
			.list();
		return new PeriodSums(present(rows, 0), present(rows, 1));
	}

	/** A group seen in only one of the periods is no row of the other (as a separate query would not return it). */
	private static List<Sum> present(List<Sum[]> rows, int index) {
		return rows.stream().map(pair -> pair[index]).filter(sum -> sum.count() > 0 || sum.valueCents() != 0).toList();
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
		return spend(organization, period.from(), period.to());
	}

	/** Spend of every month that overlaps the days {@code from..to}. */
	List<MonthlySpend> spend(OrganizationId organization, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select campaign_id, month, amount_cents from campaign_spend
				where organization_id = ? and month between ? and ? and amount_cents > 0
				""").params(organization.value(), from.withDayOfMonth(1), to)
			.query((rs, n) -> new MonthlySpend(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getLong(3)))
			.list();
	}

	/** The campaign each of these contacts is attributed to under the model (contacts without a touch are absent). */
	java.util.Map<UUID, UUID> attributedCampaigns(OrganizationId organization, AttributionModel model,
			java.util.Collection<UUID> contacts) {
		if (contacts.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("""
				select contact_id, case when :model = 'first_touch' then first_campaign_id else last_campaign_id end
				from contact_touches where organization_id = :org and contact_id = any(:contacts)
				""").param("model", model.key()).param("org", organization.value())
			.param("contacts", contacts.toArray(UUID[]::new))
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list().stream()
			.filter(touch -> touch[1] != null)
			.collect(java.util.stream.Collectors.toMap(touch -> touch[0], touch -> touch[1]));
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
