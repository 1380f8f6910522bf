package calls;

import static support.Http.enc;
import static support.Http.get;
import static support.Http.send;
import static support.Http.sendUnchecked;
import static support.Json.field;
import static support.Latencies.ms;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.UUID;

import support.DemoSignIn;

/**
 * The call inbox's first page at scale, as the demo owner: seeds the organization with N calls in one statement, then
 * times the API's first page (plain and filtered) and the HTML page. Arguments: baseUrl jdbcUrl user password
 * superuserPassword calls.
 */
public class InboxBench {

	static final int WARMUP = 20, RUNS = 200;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int calls = Integer.parseInt(args[5]);
		HttpClient http = HttpClient.newHttpClient();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]);
				Connection superuser = DriverManager.getConnection(args[1], "postgres", args[4])) {
			// One sign-in: the sign-in throttle allows few, and the whole run takes less than the token's 15 minutes.
			String token = DemoSignIn.accessToken(http, base, db);
			UUID organization = UUID.fromString(field(send(http, get(base + "/api/v1/me", token)).body(), "organizationId"));
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
			time(http, base + "/api/v1/calls?q=" + enc("hiring"), token, "GET /api/v1/calls?q=hiring");
			time(http, base + "/api/v1/calls?q=" + enc("call 123457"), token, "GET /api/v1/calls?q=call 123457 (rare)");

			time(http, base + "/api/v1/calls/stats", token, "GET /api/v1/calls/stats (30 days per category)");

			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			DemoSignIn.throughPages(browser, base, db);
			time(browser, base + "/calls", null, "GET /calls (the page: 50 rows, filters, 30-day chart)");
			time(browser, base + "/calls/rows?q=hiring", null, "GET /calls/rows?q=hiring");
			time(browser, base + "/calls/rows", null, "GET /calls/rows (the live refresh)");
		}
	}

	static void time(HttpClient http, String url, String token, String label) {
		long[] times = new long[RUNS];
		for (int i = 0; i < WARMUP + RUNS; i++) {
			HttpRequest.Builder request = get(url, token);
			long t0 = System.nanoTime();
			HttpResponse<String> response = sendUnchecked(http, request);
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
}
