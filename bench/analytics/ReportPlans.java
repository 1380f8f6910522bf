package analytics;

import java.sql.Statement;
import java.time.LocalDate;

/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of the reports' two heavy statements on the generated data, written as the app
 * sends them (RollupQueries.byCampaign for a year and its previous year, StageDurationQuery), so a plan change shows
 * up beside the timings.
 */
final class ReportPlans {

	private ReportPlans() {
	}

	static void print(Statement sql, String org, String pipeline, LocalDate from, LocalDate to) throws Exception {
		LocalDate previousFrom = from.minusDays(to.toEpochDay() - from.toEpochDay() + 1);
		explain(sql, "campaign report rollups, a year and the year before (first touch)", """
				select nullif(campaign_id, '00000000-0000-0000-0000-000000000000'::uuid), currency, kind,
				       coalesce(sum(event_count) filter (where d >= '%3$s'), 0), coalesce(sum(value_cents) filter (where d >= '%3$s'), 0),
				       coalesce(sum(event_count) filter (where d < '%3$s'), 0), coalesce(sum(value_cents) filter (where d < '%3$s'), 0)
				from (select month as d, campaign_id, currency, kind, event_count, value_cents from kpi_monthly_rollups
				      where organization_id = '%1$s' and model = 'first_touch' and month = any(cast('%4$s' as date[]))
				      union all
				      select day, campaign_id, currency, kind, event_count, value_cents from kpi_daily_rollups
				      where organization_id = '%1$s' and model = 'first_touch' and day = any(cast('%5$s' as date[]))) r
				group by campaign_id, currency, kind""".formatted(org, pipeline, from,
				months(previousFrom, from.minusDays(1), to, from), edgeDays(previousFrom, from.minusDays(1), to, from)));
		explain(sql, "stage velocity", """
				select s.id, s.name, s.kind, coalesce(v.stays, 0), round(v.p[1])::bigint, round(v.p[2])::bigint
				from pipeline_stages s
				left join lateral (
				    select count(*) as stays,
				           percentile_cont(array[0.5, 0.9]) within group (order by h.stay_seconds) as p
				    from deal_stage_history h
				    where h.organization_id = '%1$s' and h.to_stage_id = s.id and h.left_at is not null
				) v on true
				where s.organization_id = '%1$s' and s.pipeline_id = '%2$s'
				order by s.position""".formatted(org, pipeline));
	}

	private static void explain(Statement sql, String name, String query) throws Exception {
		System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + name + ":");
		try (var rows = sql.executeQuery("explain (analyze, buffers) " + query)) {
			while (rows.next()) {
				System.out.println("    " + rows.getString(1));
			}
		}
	}

	/** Whole months of both periods as an array literal (as RollupSlices builds them). */
	private static String months(LocalDate from1, LocalDate to1, LocalDate to2, LocalDate from2) {
		return array(from1, to1, from2, to2, true);
	}

	private static String edgeDays(LocalDate from1, LocalDate to1, LocalDate to2, LocalDate from2) {
		return array(from1, to1, from2, to2, false);
	}

	private static String array(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2, boolean wholeMonths) {
		java.util.List<String> dates = new java.util.ArrayList<>();
		slices(from1, to1, wholeMonths, dates);
		slices(from2, to2, wholeMonths, dates);
		return "{" + String.join(",", dates) + "}";
	}

	private static void slices(LocalDate from, LocalDate to, boolean wholeMonths, java.util.List<String> out) {
		LocalDate day = from;
		while (!day.isAfter(to)) {
			LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
			boolean whole = day.getDayOfMonth() == 1 && !monthEnd.isAfter(to);
			if (whole == wholeMonths) {
				out.add(day.toString());
			}
			day = whole ? monthEnd.plusDays(1) : day.plusDays(1);
		}
	}
}
