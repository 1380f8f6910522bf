package tasks;

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

import support.DemoSignIn;
import support.Latencies;

/**
 * Task board latency: generates items on one board of the demo organization (a quarter per status), then times the
 * board page (signed in through the login pages, as a browser) and moves over the API: an item going back and forth
 * between in progress and review (the one pair of statuses that allows both ways) at the top of the column, and a
 * reorder within the backlog. Run by bench/tasks/run.sh. Arguments: baseUrl jdbcUrl user password items.
 */
public class TaskBoardBench {

	static final int RUNS = 100;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int count = Integer.parseInt(args[4]);
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			HttpClient api = HttpClient.newHttpClient();
			String token = DemoSignIn.accessToken(api, base, db);
			String workspace = field(send(api, json(base + "/api/v1/workspaces", "{\"name\":\"Bench\"}", token)).body(), "id");
			String board = field(send(api, json(base + "/api/v1/boards",
					"{\"workspaceId\":\"" + workspace + "\",\"name\":\"Bench " + System.nanoTime() + "\"}", token)).body(), "id");
			String me = send(api, get(base + "/api/v1/me", token)).body();
			String org = field(me, "organizationId");
			long started = System.nanoTime();
			generate(db, org, board, count);
			System.out.printf("generated %d items in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			DemoSignIn.throughPages(browser, base, db);
			String page = send(browser, get(base + "/tasks/boards/" + board)).body();
			if (!page.contains("data-testid=\"task-board\"")) {
				throw new IllegalStateException("not the board: " + page.substring(0, Math.min(500, page.length())));
			}
			report("board page GET /tasks/boards/{id}", () -> time(browser, get(base + "/tasks/boards/" + board)));
			// The deals board under the same load, for scale: this machine's cores are shared, so absolute figures drift.
			report("reference: deals board GET /deals", () -> time(browser, get(base + "/deals")));
			report("table page (200 rows)", 40, () -> time(browser, get(base + "/tasks/boards/" + board + "?view=table&sort=due")));
			String item = field(send(api, get(base + "/api/v1/boards/" + board + "/items?limit=1&status=in_progress", token))
				.body(), "id");
			String[] statuses = { "review", "in_progress" };
			int[] i = { 0 };
			report("move POST /items/{id}/move", () -> time(api, json(base + "/api/v1/items/" + item + "/move",
					"{\"status\":\"" + statuses[i[0]++ % 2] + "\",\"position\":0}", token)));
			String backlog = field(send(api, get(base + "/api/v1/boards/" + board + "/items?limit=1&status=backlog", token))
				.body(), "id");
			int[] j = { 0 };
			report("reorder in the backlog", () -> time(api, json(base + "/api/v1/items/" + backlog + "/move",
					"{\"status\":\"backlog\",\"position\":" + (j[0]++ * 7 % 1000) + "}", token)));
		}
	}

	static void generate(Connection db, String org, String board, int count) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.org_id', '" + org + "', false)");
			statement.execute("alter table task_items disable trigger audit");
			statement.execute("""
					insert into task_items (id, organization_id, board_id, group_id, name, status, position, priority, due_date)
					select uuidv7(), '%1$s', '%2$s', (select id from task_groups where board_id = '%2$s' limit 1),
					  'Task ' || g, (array['BACKLOG','IN_PROGRESS','REVIEW','DONE'])[1 + g %% 4], g * 1024,
					  (array['LOW','MEDIUM','HIGH','URGENT'])[1 + g %% 4], current_date + (g %% 60)
					from generate_series(1, %3$d) g
					""".formatted(org, board, count));
			statement.execute("alter table task_items enable trigger audit");
			statement.execute("vacuum analyze task_items");
		}
	}

	static void report(String name, Supplier<Long> call) {
		report(name, RUNS, call);
	}

	static void report(String name, int runs, Supplier<Long> call) {
		Latencies.report(name, 36, 10, runs, call);
	}
}
