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
 * Board latency: generates open deals in one pipeline of the demo organization, then times the board page
 * (signed in through the login pages, as a browser) and moves over the API. Run by bench/board/run.sh.
 * Arguments: baseUrl jdbcUrl user password deals.
 */
public class BoardBench {

	static final int RUNS = 200;
	static final String EMAIL = "demo@growthhub.local", PASSWORD = "growthhub-demo-2026";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int count = Integer.parseInt(args[4]);
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			HttpClient api = HttpClient.newHttpClient();
			String token = apiToken(api, base, db);
			String me = send(api, get(base + "/api/v1/me").header("Authorization", "Bearer " + token)).body();
			String org = field(me, "organizationId");
			String pipeline = field(send(api, json(base + "/api/v1/pipelines",
					"{\"name\":\"Bench " + System.nanoTime() + "\",\"template\":\"default\",\"allowMultipleOpenDeals\":true}")
				.header("Authorization", "Bearer " + token)).body(), "id");
			long started = System.nanoTime();
			generate(db, org, pipeline, count);
			System.out.printf("generated %d open deals in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			signInPages(browser, base, db);
			String page = send(browser, get(base + "/deals?pipeline=" + pipeline)).body();
			if (!page.contains("data-testid=\"board\"")) {
				throw new IllegalStateException("not the board: " + page.substring(0, Math.min(500, page.length())));
			}
			report("board page GET /deals", () -> time(browser, get(base + "/deals?pipeline=" + pipeline)));
			report("board API", () -> time(api, get(base + "/api/v1/pipelines/" + pipeline + "/board")
				.header("Authorization", "Bearer " + token)));
			String stages = send(api, get(base + "/api/v1/pipelines/" + pipeline).header("Authorization", "Bearer " + token)).body();
			var ids = Pattern.compile("\"id\":\"([^\"]+)\",\"pipelineId\"").matcher(stages).results().map(m -> m.group(1)).toList();
			String deal = field(send(api, get(base + "/api/v1/deals?limit=1&pipelineId=" + pipeline)
				.header("Authorization", "Bearer " + token)).body(), "id");
			int[] i = { 0 };
			report("move POST /deals/{id}/move", () -> time(api, json(base + "/api/v1/deals/" + deal + "/move",
					"{\"stageId\":\"" + ids.get(i[0]++ % 3) + "\"}").header("Authorization", "Bearer " + token)));
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
		for (int i = 0; i < 20; i++) {
			call.get();
		}
		List<Long> samples = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			samples.add(call.get());
		}
		Collections.sort(samples);
		System.out.printf("%-30s p50 %7.1f ms   p95 %7.1f ms%n", name, samples.get(RUNS / 2) / 1e6,
				samples.get((int) Math.ceil(RUNS * 0.95) - 1) / 1e6);
	}
}
