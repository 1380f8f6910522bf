package agency;

import static support.Http.get;
import static support.Http.send;
import static support.Json.field;
import static support.Latencies.time;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import support.DemoSignIn;
import support.Latencies;

/**
 * Agency hub latency: makes the demo organization an agency with client accounts, fills them with contacts and calls
 * in SQL (their insert triggers off: the hub never reads those tables) and writes the rollups the hub's event
 * listeners would have kept, then times the hub page and the summary API. Run by bench/agency/run.sh.
 * Arguments: baseUrl jdbcUrl user password accounts rows.
 */
public class AgencyBench {

	static final int RUNS = 200;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int accounts = Integer.parseInt(args[4]);
		int rows = Integer.parseInt(args[5]);
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			HttpClient api = HttpClient.newHttpClient();
			String token = DemoSignIn.accessToken(api, base, db);
			String agency = field(send(api, get(base + "/api/v1/me", token)).body(), "organizationId");
			long started = System.nanoTime();
			generate(db, agency, accounts, rows);
			System.out.printf("generated %d client accounts, %d contacts and %d calls in %.1f s%n", accounts, rows / 2,
					rows - rows / 2, (System.nanoTime() - started) / 1e9);
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			DemoSignIn.throughPages(browser, base, db);
			String page = send(browser, get(base + "/agency")).body();
			int listed = (int) Pattern.compile("data-account-id=").matcher(page).results().count();
			if (listed != accounts) {
				throw new IllegalStateException("the hub lists " + listed + " accounts, not " + accounts);
			}
			System.out.println("summary: " + send(api, get(base + "/api/v1/accounts/summary", token)).body());
			report("hub page GET /agency", () -> time(browser, get(base + "/agency")));
			report("(for scale) GET /settings/profile", () -> time(browser, get(base + "/settings/profile")));
			report("GET /api/v1/accounts/summary", () -> time(api, get(base + "/api/v1/accounts/summary", token)));
			report("GET /api/v1/accounts", () -> time(api, get(base + "/api/v1/accounts?limit=200", token)));
		}
	}

	static void generate(Connection db, String agency, int accounts, int rows) throws Exception {
		try (Statement sql = db.createStatement()) {
			sql.execute("select set_config('app.system', 'on', false)");
			sql.execute("""
					create temporary table bench_accounts as
					select uuidv7() as id, g as n from generate_series(1, %d) g
					""".formatted(accounts));
			sql.execute("insert into organizations (id, name) select id, 'Client ' || n from bench_accounts");
			sql.execute("update organizations set agency = true where id = '" + agency + "'");
			sql.execute("""
					insert into client_accounts (organization_id, agency_id, client_type, services, contact_name, contact_email)
					select id, '%s', (array['medical', 'home_services', 'legal'])[1 + n %% 3], array['seo', 'ads'],
					       'Contact ' || n, 'client-' || n || '-' || substr(id::text, 1, 8) || '@bench.local'
					from bench_accounts
					""".formatted(agency));
			sql.execute("""
					insert into agency_account_rollups (organization_id, agency_id, onboarding_steps_done,
					  onboarding_steps_total, onboarding_completed_at, reviews_waiting, open_tasks, overdue_tasks)
					select id, '%s', n %% 9, 8, case when n %% 9 = 8 then now() end, n %% 4, n %% 13, n %% 3
					from bench_accounts
					""".formatted(agency));
			sql.execute("create temporary table bench_ids as select id, row_number() over () - 1 as i from bench_accounts");
			sql.execute("alter table contacts disable trigger user");
			sql.execute("""
					insert into contacts (id, organization_id, first_name, created_at)
					select uuidv7(), a.id, 'Lead ' || g, now() - make_interval(secs => (g::bigint * 7919) %% (60 * 86400))
					from generate_series(0, %d - 1) g join bench_ids a on a.i = g %% %d
					""".formatted(rows / 2, accounts));
			sql.execute("alter table contacts enable trigger user");
			sql.execute("alter table calls disable trigger user");
			sql.execute("""
					insert into calls (id, organization_id, provider, external_id, direction, started_at, duration_seconds, status)
					select uuidv7(), a.id, 'ctm', 'bench-' || g, 'inbound',
					       now() - make_interval(secs => (g::bigint * 7907) %% (60 * 86400)), g %% 600, 'answered'
					from generate_series(0, %d - 1) g join bench_ids a on a.i = g %% %d
					""".formatted(rows - rows / 2, accounts));
			sql.execute("alter table calls enable trigger user");
			// What the hub's listeners would have written for these leads and calls, one row per account and day.
			sql.execute("""
					insert into agency_daily_activity (organization_id, agency_id, day, leads, calls)
					select organization_id, '%1$s', day, sum(leads), sum(calls) from (
					  select c.organization_id, (c.created_at at time zone 'UTC')::date as day, 1 as leads, 0 as calls
					  from contacts c join bench_accounts b on b.id = c.organization_id
					  union all
					  select k.organization_id, (k.started_at at time zone 'UTC')::date, 0, 1
					  from calls k join bench_accounts b on b.id = k.organization_id
					) activity group by organization_id, day
					""".formatted(agency));
			sql.execute("select set_config('app.system', 'off', false)");
			for (String table : List.of("organizations", "client_accounts", "agency_account_rollups",
					"agency_daily_activity", "contacts", "calls")) {
				sql.execute("vacuum analyze " + table);
			}
		}
	}

	static void report(String name, Supplier<Long> call) {
		Latencies.report(name, 32, 20, RUNS, call);
	}
}
