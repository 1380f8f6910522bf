package analytics;

import static support.Http.bearer;
import static support.Http.get;
import static support.Http.send;
import static support.Json.field;
import static support.Latencies.time;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.function.Supplier;

import support.DemoSignIn;
import support.Latencies;

/**
 * Generates the analytics data in the demo organization straight into the tables (generate_series), triggers the
 * nightly rollup rebuild job and times it, then times the reports over HTTP and the raw-event SQL equivalents.
 * Run by bench/analytics/run.sh. Arguments: baseUrl jdbcUrl user password contacts events.
 */
public class AnalyticsBench {

	static final int RUNS = 100;

	/** The raw-event queries take seconds each: fewer runs keep the bench within minutes. */
	static final int RAW_RUNS = 30;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long contacts = Long.parseLong(args[4]);
		long events = Long.parseLong(args[5]);
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			HttpClient api = HttpClient.newHttpClient();
			String token = DemoSignIn.accessToken(api, base, db);
			String org = field(send(api, get(base + "/api/v1/me", token)).body(), "organizationId");
			String pipeline = field(send(api, get(base + "/api/v1/analytics/stage-velocity", token)).body(), "pipelineId");
			// Days are cut in the organization's zone: the rebuild and the reports run in one far from UTC.
			String zone = System.getenv().getOrDefault("BENCH_ZONE", "America/Los_Angeles");
			int moved = send(api, bearer(get(base + "/api/v1/organization").header("Content-Type", "application/json")
				.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"timeZone\":\"" + zone + "\"}")), token))
				.statusCode();
			System.out.printf("organization time zone %s (%d)%n", zone, moved);
			try (Statement sql = db.createStatement()) {
				sql.execute("select set_config('app.org_id', '" + org + "', false)");
				long started = System.nanoTime();
				new Generator(sql, org, pipeline, contacts, events).run();
				System.out.printf("generated %,d contacts, %,d KPI events, %,d paid invoices in %.0f s%n", contacts, events,
						events / 10, (System.nanoTime() - started) / 1e9);
				System.out.printf("rollup rebuild (job, all organizations; ±2 s polling): %.1f s%n", rebuild(sql));
				sql.execute("vacuum analyze kpi_daily_rollups");
				sql.execute("vacuum analyze kpi_monthly_rollups");
				sql.execute("vacuum analyze contact_touches");
				sql.execute("vacuum analyze deal_stage_history");
				sql.execute("select set_config('app.org_id', '" + org + "', false)");
				ReportPlans.print(sql, org, pipeline, LocalDate.now().minusDays(364), LocalDate.now());
			}
			LocalDate to = LocalDate.now();
			LocalDate from = to.minusDays(364);
			String year = "from=" + from + "&to=" + to;
			report("campaigns, a year (API)", () -> time(api, get(base + "/api/v1/analytics/campaigns?" + year, token)));
			report("campaigns, a year, last touch (API)",
					() -> time(api, get(base + "/api/v1/analytics/campaigns?" + year + "&model=last_touch", token)));
			report("funnel, a year (API)", () -> time(api, get(base + "/api/v1/analytics/funnel?" + year, token)));
			report("stage velocity (API)",
					() -> time(api, get(base + "/api/v1/analytics/stage-velocity?pipelineId=" + pipeline, token)));
			report("campaigns.csv, a year (API)", () -> time(api, get(base + "/api/v1/analytics/campaigns.csv?" + year, token)));
			try (Statement sql = db.createStatement()) {
				sql.execute("select set_config('app.org_id', '" + org + "', false)");
				String range = "e.organization_id = '" + org + "' and e.occurred_at >= '" + from + "' and e.occurred_at < '"
						+ to.plusDays(1) + "'";
				reportRaw("campaigns, a year, raw events (SQL)", () -> timed(sql, """
						select coalesce(t.first_campaign_id, e.campaign_id), e.kind, coalesce(e.currency, 'USD'), count(*),
						       sum(e.value_cents)
						from kpi_events e left join contact_touches t on t.organization_id = e.organization_id
						  and t.contact_id = e.contact_id
						where %s group by 1, 2, 3""".formatted(range)));
				reportRaw("funnel, a year, raw events (SQL)",
						() -> timed(sql, "select e.kind, count(*) from kpi_events e where " + range + " group by 1"));
				reportRaw("stage velocity, window over the history, deals joined first (SQL)", () -> timed(sql, """
						with stays as (
						  select h.to_stage_id as stage_id, extract(epoch from lead(h.changed_at) over
						    (partition by h.deal_id order by h.changed_at, h.id) - h.changed_at) as seconds
						  from deal_stage_history h join deals d on d.organization_id = h.organization_id and d.id = h.deal_id
						  where h.organization_id = '%1$s' and d.organization_id = '%1$s' and d.pipeline_id = '%2$s')
						select stage_id, count(seconds), percentile_cont(0.5) within group (order by seconds),
						  percentile_cont(0.9) within group (order by seconds) from stays group by 1""".formatted(org, pipeline)));
			}
		}
	}

	/** Makes the nightly job due now and waits until it has run; seconds from the trigger to its recorded success. */
	static double rebuild(Statement sql) throws Exception {
		sql.execute("select set_config('app.system', 'on', false)");
		sql.execute("update scheduled_tasks set execution_time = now() where task_name = 'kpi-rollup-rebuild'");
		long started = System.nanoTime();
		while (true) {
			var rows = sql.executeQuery("""
					select count(*) from scheduled_tasks where task_name = 'kpi-rollup-rebuild'
					and last_success > now() - make_interval(secs => %f)""".formatted((System.nanoTime() - started) / 1e9));
			rows.next();
			if (rows.getLong(1) > 0) {
				sql.execute("select set_config('app.system', 'off', false)");
				return (System.nanoTime() - started) / 1e9;
			}
			Thread.sleep(500);
		}
	}

	static long timed(Statement sql, String query) {
		try {
			long start = System.nanoTime();
			try (var rows = sql.executeQuery(query)) {
				while (rows.next()) {
					rows.getObject(1);
				}
			}
			return System.nanoTime() - start;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void report(String name, Supplier<Long> call) {
		Latencies.report(name, 40, 10, RUNS, call);
	}

	static void reportRaw(String name, Supplier<Long> call) {
		Latencies.report(name, 40, 3, RAW_RUNS, call);
	}
}
