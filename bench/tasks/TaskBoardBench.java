import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Task board latency: generates items on one board of the demo organization (a quarter per status), then times the
 * board page (signed in through the login pages, as a browser) and moves over the API: an item going back and forth
 * between in progress and review (the one pair of statuses that allows both ways) at the top of the column, and a
 * reorder within the backlog. Run by bench/tasks/run.sh. Arguments: baseUrl jdbcUrl user password items.
 */
public class TaskBoardBench {

	static final int RUNS = 100;
	static final String EMAIL = "demo@growthhub.local", PASSWORD = "growthhub-demo-2026";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int count = Integer.parseInt(args[4]);
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			HttpClient api = HttpClient.newHttpClient();
			String token = apiToken(api, base, db);
			String workspace = field(send(api, json(base + "/api/v1/workspaces", "{\"name\":\"Bench\"}")
				.header("Authorization", "Bearer " + token)).body(), "id");
			String board = field(send(api, json(base + "/api/v1/boards",
					"{\"workspaceId\":\"" + workspace + "\",\"name\":\"Bench " + System.nanoTime() + "\"}")
				.header("Authorization", "Bearer " + token)).body(), "id");
			String me = send(api, get(base + "/api/v1/me").header("Authorization", "Bearer " + token)).body();
			String org = field(me, "organizationId");
			long started = System.nanoTime();
			generate(db, org, board, count);
			System.out.printf("generated %d items in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			signInPages(browser, base, db);
			String page = send(browser, get(base + "/tasks/boards/" + board)).body();
			if (!page.contains("data-testid=\"task-board\"")) {
				throw new IllegalStateException("not the board: " + page.substring(0, Math.min(500, page.length())));
			}
			report("board page GET /tasks/boards/{id}", () -> time(browser, get(base + "/tasks/boards/" + board)));
			// The deals board under the same load, for scale: this machine's cores are shared, so absolute figures drift.
			report("reference: deals board GET /deals", () -> time(browser, get(base + "/deals")));
			report("table page (200 rows)", 40, () -> time(browser, get(base + "/tasks/boards/" + board + "?view=table&sort=due")));
			String item = field(send(api, get(base + "/api/v1/boards/" + board + "/items?limit=1&status=in_progress")
				.header("Authorization", "Bearer " + token)).body(), "id");
			String[] statuses = { "review", "in_progress" };
			int[] i = { 0 };
			report("move POST /items/{id}/move", () -> time(api, json(base + "/api/v1/items/" + item + "/move",
					"{\"status\":\"" + statuses[i[0]++ % 2] + "\",\"position\":0}").header("Authorization", "Bearer " + token)));
			String backlog = field(send(api, get(base + "/api/v1/boards/" + board + "/items?limit=1&status=backlog")
				.header("Authorization", "Bearer " + token)).body(), "id");
			int[] j = { 0 };
			report("reorder in the backlog", () -> time(api, json(base + "/api/v1/items/" + backlog + "/move",
					"{\"status\":\"backlog\",\"position\":" + (j[0]++ * 7 % 1000) + "}").header("Authorization", "Bearer " + token)));
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

	static String apiToken(HttpClient http, String base, Connection db) throws Exception {
		String login = send(http, json(base + "/api/v1/auth/login", "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}")).body();
		if (login.contains("accessToken")) {
			return field(login, "accessToken");
		}
		return field(send(http, json(base + "/api/v1/auth/mfa/verify",
				"{\"challengeId\":\"" + field(login, "challengeId") + "\",\"code\":\"" + code(db) + "\"}")).body(), "accessToken");
	}

	static void signInPages(HttpClient http, String base, Connection db) throws Exception {
		String form = send(http, get(base + "/login")).body();
		send(http, form(base + "/login", "email=" + enc(EMAIL) + "&password=" + enc(PASSWORD) + "&_csrf=" + csrf(form)));
		String verify = send(http, get(base + "/login/verify")).body();
		if (verify.contains("name=\"code\"")) {
			send(http, form(base + "/login/verify", "code=" + code(db) + "&_csrf=" + csrf(verify)));
		}
	}

	static String code(Connection db) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.system', 'on', false)");
			var rows = statement.executeQuery("select substring(body_html from 'data-code[^>]*>([0-9]{6})<') from email_messages "
					+ "where to_address = '" + EMAIL + "' and template = 'sign-in-code' order by created_at desc limit 1");
			rows.next();
			String code = rows.getString(1);
			statement.execute("select set_config('app.system', 'off', false)");
			return code;
		}
	}

	static String csrf(String page) {
		var matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!matcher.find()) {
			matcher = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
			matcher.find();
		}
		return enc(matcher.group(1));
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static HttpRequest.Builder get(String url) {
		return HttpRequest.newBuilder(URI.create(url));
	}

	static HttpRequest.Builder json(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	static HttpRequest.Builder form(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static long time(HttpClient http, HttpRequest.Builder request) {
		try {
			long start = System.nanoTime();
			HttpResponse<String> response = send(http, request);
			long took = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return took;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String field(String json, String name) {
		var matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + name + " in " + json);
		}
		return matcher.group(1);
	}

	static void report(String name, Supplier<Long> call) {
		report(name, RUNS, call);
	}

	static void report(String name, int runs, Supplier<Long> call) {
		for (int i = 0; i < 10; i++) {
			call.get();
		}
		List<Long> samples = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			samples.add(call.get());
		}
		Collections.sort(samples);
		System.out.printf("%-36s p50 %7.1f ms   p95 %7.1f ms%n", name, samples.get(runs / 2) / 1e6,
				samples.get((int) Math.ceil(runs * 0.95) - 1) / 1e6);
	}
}
