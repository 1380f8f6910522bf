package board;

import static support.Http.get;
import static support.Http.json;
import static support.Http.send;
import static support.Json.field;
import static support.Latencies.time;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import support.DemoSignIn;
import support.Latencies;

/**
 * Board latency: generates open deals in one pipeline of the demo organization, then times the board page
 * (signed in through the login pages, as a browser) and moves over the API. Run by bench/board/run.sh.
 * Arguments: baseUrl jdbcUrl user password deals.
 */
public class BoardBench {

	static final int RUNS = 200;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int count = Integer.parseInt(args[4]);
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			HttpClient api = HttpClient.newHttpClient();
			String token = DemoSignIn.accessToken(api, base, db);
			String me = send(api, get(base + "/api/v1/me", token)).body();
			String org = field(me, "organizationId");
			String pipeline = field(send(api, json(base + "/api/v1/pipelines",
					"{\"name\":\"Bench " + System.nanoTime() + "\",\"template\":\"default\",\"allowMultipleOpenDeals\":true}", token))
				.body(), "id");
			long started = System.nanoTime();
			generate(db, org, pipeline, count);
			System.out.printf("generated %d open deals in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			DemoSignIn.throughPages(browser, base, db);
			String page = send(browser, get(base + "/deals?pipeline=" + pipeline)).body();
			if (!page.contains("data-testid=\"board\"")) {
				throw new IllegalStateException("not the board: " + page.substring(0, Math.min(500, page.length())));
			}
			report("board page GET /deals", () -> time(browser, get(base + "/deals?pipeline=" + pipeline)));
			report("board API", () -> time(api, get(base + "/api/v1/pipelines/" + pipeline + "/board", token)));
			String stages = send(api, get(base + "/api/v1/pipelines/" + pipeline, token)).body();
			var ids = Pattern.compile("\"id\":\"([^\"]+)\",\"pipelineId\"").matcher(stages).results().map(m -> m.group(1)).toList();
			String deal = field(send(api, get(base + "/api/v1/deals?limit=1&pipelineId=" + pipeline, token)).body(),
					"id");
			int[] i = { 0 };
			report("move POST /deals/{id}/move", () -> time(api, json(base + "/api/v1/deals/" + deal + "/move",
					"{\"stageId\":\"" + ids.get(i[0]++ % 3) + "\"}", token)));
		}
	}

	static void generate(Connection db, String org, String pipeline, int count) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.org_id', '" + org + "', false)");
			statement.execute("alter table deals disable trigger audit");
			statement.execute("""
					insert into deals (id, organization_id, pipeline_id, stage_id, contact_id, title, value_cents, stage_entered_at)
					select uuidv7(), '%1$s', '%2$s', s.id,
					  coalesce(c.ids[1 + g %% greatest(cardinality(c.ids), 1)], gen_random_uuid()),
					  'Deal ' || g, (g %% 50) * 10000, now() - make_interval(secs => g)
					from generate_series(1, %3$d) g
					join (select id, row_number() over (order by position) - 1 as n from pipeline_stages
					      where pipeline_id = '%2$s' and kind = 'OPEN') s on s.n = g %% 3
					cross join (select array_agg(id) as ids from contacts where organization_id = '%1$s') c
					""".formatted(org, pipeline, count));
			statement.execute("alter table deals enable trigger audit");
			var rows = statement.executeQuery("select count(*) from deals where pipeline_id = '" + pipeline + "'");
			rows.next();
			if (rows.getInt(1) != count) {
				throw new IllegalStateException("generated " + rows.getInt(1) + " deals, not " + count);
			}
			statement.execute("vacuum analyze deals");
		}
	}

	static void report(String name, Supplier<Long> call) {
		Latencies.report(name, 30, 20, RUNS, call);
	}
}
