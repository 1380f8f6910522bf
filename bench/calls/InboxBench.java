import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The call inbox's first page at scale, as the demo owner: seeds the organization with N calls in one statement, then
 * times the API's first page (plain and filtered) and the HTML page. Arguments: baseUrl jdbcUrl user password
 * superuserPassword calls.
 */
public class InboxBench {

	static final String EMAIL = "demo@growthhub.local", PASSWORD = "growthhub-demo-2026";
	static final int WARMUP = 20, RUNS = 200;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int calls = Integer.parseInt(args[5]);
		HttpClient http = HttpClient.newHttpClient();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]);
				Connection superuser = DriverManager.getConnection(args[1], "postgres", args[4])) {
			// One sign-in: the sign-in throttle allows few, and the whole run takes less than the token's 15 minutes.
			String token = apiToken(http, base, db);
			UUID organization = UUID.fromString(field(send(http, get(base + "/api/v1/me").header("Authorization",
					"Bearer " + token)).body(), "organizationId"));
			long start = System.nanoTime();
			try (var statement = superuser.prepareStatement("""
					insert into calls (id, organization_id, provider, external_id, tracking_number, caller_number, caller_name,
					  direction, source, campaign, started_at, duration_seconds, status, transcript, category, rating, summary,
					  confidence, classified_by, classified_at, reviewed)
					select gen_random_uuid(), ?, 'bench', 'bench-' || i, '+18005550100',
					  '+1415' || lpad((i % 10000000)::text, 7, '0'), 'Caller ' || i, 'inbound',
					  (array['google_ads', 'website', 'facebook', 'referral'])[1 + i % 4], 'Bench',
					  now() - make_interval(secs => i * 30), 30 + i % 600, 'answered',
					  jsonb_build_array(jsonb_build_object('speaker', 'agent', 'text', 'Thanks for calling, how can I help?'),
					    jsonb_build_object('speaker', 'caller', 'text', (array['How much does a quote cost?',
					      'I want to book an appointment', 'Are you hiring?', 'The sink is still leaking', 'Wrong number, sorry',
					      'Press 1 about your warranty', 'What time do you open?'])[1 + i % 7] || ', call ' || i)),
					  (array['very_good', 'warm', 'needs_attention', 'voicemail', 'unanswered', 'not_a_fit', 'spam', 'neutral',
					    'applicant', 'unreviewed'])[1 + i % 10],
					  (array[4, 3, 3, null, null, 2, 1, null, null, null])[1 + i % 10], 'Bench call ' || i, 0.8, 'rules', now(),
					  i % 7 <> 0
					from generate_series(1, ?) i
					""")) {
				superuser.createStatement().execute("set session_replication_role = replica");
				statement.setObject(1, organization);
				statement.setInt(2, calls);
				statement.executeUpdate();
				superuser.createStatement().execute("set session_replication_role = default");
				// The triggers that keep the daily counts were off too: count the seeded calls once, as they would have.
				try (var counts = superuser.prepareStatement("""
						insert into call_daily_counts as d (organization_id, day, category, calls)
						select organization_id, (started_at at time zone 'UTC')::date, category, count(*) from calls
						where organization_id = ? and provider = 'bench' group by 1, 2, 3
						on conflict (organization_id, day, category) do update set calls = d.calls + excluded.calls
						""")) {
					counts.setObject(1, organization);
					counts.executeUpdate();
				}
				superuser.createStatement().execute("analyze calls");
				superuser.createStatement().execute("analyze call_daily_counts");
			}
			System.out.printf("seeded %,d calls in %.1f s%n", calls, (System.nanoTime() - start) / 1e9);

			time(http, base + "/api/v1/calls", token, "GET /api/v1/calls (first page, 25)");
			time(http, base + "/api/v1/calls?category=warm", token, "GET /api/v1/calls?category=warm");
			time(http, base + "/api/v1/calls?reviewed=false", token, "GET /api/v1/calls?reviewed=false");
			time(http, base + "/api/v1/calls?rating=3&source=website", token, "GET /api/v1/calls?rating=3&source=website");
			time(http, base + "/api/v1/calls?q=" + URLEncoder.encode("hiring", StandardCharsets.UTF_8), token,
					"GET /api/v1/calls?q=hiring");
			time(http, base + "/api/v1/calls?q=" + URLEncoder.encode("call 123457", StandardCharsets.UTF_8), token,
					"GET /api/v1/calls?q=call 123457 (rare)");

			time(http, base + "/api/v1/calls/stats", token, "GET /api/v1/calls/stats (30 days per category)");

			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			signInPages(browser, base, db);
			time(browser, base + "/calls", null, "GET /calls (the page: 50 rows, filters, 30-day chart)");
			time(browser, base + "/calls/rows?q=hiring", null, "GET /calls/rows?q=hiring");
			time(browser, base + "/calls/rows", null, "GET /calls/rows (the live refresh)");
		}
	}

	static void time(HttpClient http, String url, String token, String label) {
		long[] times = new long[RUNS];
		for (int i = 0; i < WARMUP + RUNS; i++) {
			HttpRequest.Builder request = get(url);
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			long t0 = System.nanoTime();
			HttpResponse<String> response = send(http, request);
			long t = System.nanoTime() - t0;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(label + " answered " + response.statusCode() + ": " + response.body());
			}
			if (i >= WARMUP) {
				times[i - WARMUP] = t;
			}
		}
		Arrays.sort(times);
		System.out.printf("%-60s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", label, ms(times, 0.50), ms(times, 0.95),
				ms(times, 0.99));
	}

	static double ms(long[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
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

	static String field(String json, String name) {
		var matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return matcher.group(1);
	}

	static HttpRequest.Builder get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).GET();
	}

	static HttpRequest.Builder json(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	static HttpRequest.Builder form(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
