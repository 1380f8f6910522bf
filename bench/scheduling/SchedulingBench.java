package scheduling;

import static support.DemoSignIn.accessToken;
import static support.Http.bearer;
import static support.Http.get;
import static support.Http.sendUnchecked;
import static support.Json.field;
import static support.Latencies.ms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slots of a 10-rep page over 30 days, and 200 racing bookings of 20 slots. Arguments: baseUrl jdbcUrl user password
 * superuserPassword.
 */
public class SchedulingBench {

	static final int WARMUP = 20, RUNS = 200, REPS = 10, RACERS = 200, RACE_SLOTS = 20;
	static final String WEEK = "[" + String.join(",", List.of("monday", "tuesday", "wednesday", "thursday", "friday")
		.stream().map(day -> "{\"day\":\"" + day + "\",\"start\":\"09:00\",\"end\":\"17:00\"}").toList()) + "]";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		HttpClient http = HttpClient.newHttpClient();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]);
				Connection superuser = DriverManager.getConnection(args[1], "postgres", args[4])) {
			String token = accessToken(http, base, db);
			UUID organization = UUID.fromString(field(sendUnchecked(http, get(base + "/api/v1/me").header("Authorization",
					"Bearer " + token)).body(), "organizationId"));
			List<UUID> reps = new ArrayList<>();
			for (int i = 0; i <= REPS; i++) {
				reps.add(member(superuser, organization, i));
			}
			for (UUID rep : reps) {
				// The team reps keep 10 minutes either side; the race's solo rep none, so its 20 adjacent slots can all be
				// booked (with buffers, neighbouring slots exclude each other and fewer than 20 could ever win).
				int buffer = rep.equals(reps.get(REPS)) ? 0 : 10;
				check(sendUnchecked(http, json(base + "/api/v1/users/" + rep + "/availability", "PUT", token, "{\"timeZone\":\""
						+ (rep.hashCode() % 2 == 0 ? "America/New_York" : "Europe/Berlin") + "\",\"weeklyHours\":" + WEEK
						+ ",\"minimumNoticeMinutes\":60,\"bufferBeforeMinutes\":" + buffer + ",\"bufferAfterMinutes\":"
						+ buffer + "}")), 200);
			}
			String suffix = UUID.randomUUID().toString().substring(0, 6);
			String busy = "bench-team-" + suffix;
			String page = field(check(sendUnchecked(http, json(base + "/api/v1/booking-pages", "POST", token, "{\"slug\":\"" + busy
					+ "\",\"title\":\"Team call\",\"durationMinutes\":30,\"slotStepMinutes\":15,\"repIds\":"
					+ ids(reps.subList(0, REPS)) + "}")), 201), "id");
			seedAppointments(superuser, organization, UUID.fromString(page), reps.subList(0, REPS));

			Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS);
			String window = "from=" + from + "&to=" + from.plus(30, ChronoUnit.DAYS) + "&timeZone=Asia/Kolkata";
			String sample = sendUnchecked(http, get(base + "/api/v1/public/booking/" + busy + "/slots?" + window)).body();
			System.out.printf("10 reps, 30 days: %d free slots offered%n", count(sample, "\"start\""));
			time(http, base + "/api/v1/public/booking/" + busy + "/slots?" + window,
					"GET /api/v1/public/booking/{slug}/slots (10 reps, 30 days)");
			time(http, base + "/api/v1/public/booking/" + busy + "/slots?days=7&timeZone=Australia/Sydney",
					"GET /api/v1/public/booking/{slug}/slots (10 reps, 7 visitor days)");

			String single = "bench-solo-" + suffix;
			check(sendUnchecked(http, json(base + "/api/v1/booking-pages", "POST", token, "{\"slug\":\"" + single
					+ "\",\"title\":\"Solo call\",\"durationMinutes\":30,\"repIds\":" + ids(reps.subList(REPS, REPS + 1))
					+ "}")), 201);
			race(http, base, single, from, db, organization);
		}
	}

	static void race(HttpClient http, String base, String slug, Instant from, Connection db, UUID organization)
			throws Exception {
		String slotsJson = sendUnchecked(http, get(base + "/api/v1/public/booking/" + slug + "/slots?from=" + from + "&to="
				+ from.plus(30, ChronoUnit.DAYS))).body();
		List<String> starts = new ArrayList<>();
		Matcher matcher = Pattern.compile("\"start\"\\s*:\\s*\"([^\"]+)\"").matcher(slotsJson);
		while (matcher.find() && starts.size() < RACE_SLOTS) {
			starts.add(matcher.group(1));
		}
		CountDownLatch go = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		long t0;
		try (ExecutorService pool = Executors.newFixedThreadPool(RACERS)) {
			for (int i = 0; i < RACERS; i++) {
				String body = "{\"start\":\"" + starts.get(i % RACE_SLOTS) + "\",\"name\":\"Racer " + i
						+ "\",\"email\":\"racer" + i + "-" + UUID.randomUUID().toString().substring(0, 6)
						+ "@example.com\",\"timeZone\":\"Europe/London\"}";
				answers.add(pool.submit(() -> {
					go.await();
					return sendUnchecked(http, json(base + "/api/v1/public/booking/" + slug, "POST", null, body));
				}));
			}
			t0 = System.nanoTime();
			go.countDown();
			int created = 0, taken = 0, other = 0;
			for (Future<HttpResponse<String>> answer : answers) {
				switch (answer.get().statusCode()) {
					case 201 -> created++;
					case 409 -> taken++;
					default -> {
						other++;
						System.out.println("unexpected answer " + answer.get().statusCode() + ": " + answer.get().body());
					}
				}
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			long stored;
			try (var statement = db.createStatement()) {
				statement.execute("select set_config('app.org_id', '" + organization + "', false)");
				var rows = statement.executeQuery("select count(*) from scheduling_appointments a join "
						+ "scheduling_booking_pages p on p.id = a.booking_page_id where p.slug = '" + slug + "'");
				rows.next();
				stored = rows.getLong(1);
			}
			System.out.printf("race: %d bookings of %d slots in %.1f s: %d × 201, %d × 409, %d other; %d appointments "
					+ "stored%n", RACERS, starts.size(), seconds, created, taken, other, stored);
			if (stored != starts.size() || created != starts.size() || other != 0) {
				throw new IllegalStateException("the race did not end with exactly one appointment per slot");
			}
		}
	}

	/** A member of the organization for the page (users and memberships are identity's; the bench seeds them). */
	static UUID member(Connection superuser, UUID organization, int i) throws Exception {
		UUID user = UUID.randomUUID();
		try (var statement = superuser.prepareStatement("insert into users (id, email, first_name, last_name, "
				+ "email_verified_at) values (?, ?, 'Rep', ?, now())")) {
			statement.setObject(1, user);
			statement.setString(2, "rep" + i + "-" + user.toString().substring(0, 8) + "@bench.local");
			statement.setString(3, "No. " + i);
			statement.executeUpdate();
		}
		try (var statement = superuser.prepareStatement("insert into memberships (id, organization_id, user_id, role) "
				+ "values (?, ?, ?, 'MEMBER')")) {
			statement.setObject(1, UUID.randomUUID());
			statement.setObject(2, organization);
			statement.setObject(3, user);
			statement.executeUpdate();
		}
		return user;
	}

	/** Three appointments a day per rep for 30 days (10:00, 13:00 and 15:30 UTC), as live bookings would leave. */
	static void seedAppointments(Connection superuser, UUID organization, UUID page, List<UUID> reps) throws Exception {
		try (var statement = superuser.prepareStatement("""
				insert into scheduling_appointments (id, organization_id, booking_page_id, rep_id, contact_id, starts_at,
				  ends_at, blocked_from, blocked_until, time_zone, assignment_reason)
				select gen_random_uuid(), ?, ?, rep, gen_random_uuid(), s, s + interval '30 minutes',
				  s - interval '10 minutes', s + interval '40 minutes', 'UTC', 'bench'
				from unnest(?::uuid[]) rep,
				     generate_series(date_trunc('day', now()) + interval '1 day', date_trunc('day', now()) + interval '30 days',
				                     interval '1 day') d,
				     unnest(array[interval '10 hours', interval '13 hours', interval '15 hours 30 minutes']) h,
				     lateral (select d + h as s) t
				""")) {
			statement.setObject(1, organization);
			statement.setObject(2, page);
			statement.setArray(3, superuser.createArrayOf("uuid", reps.toArray()));
			System.out.printf("seeded %d appointments%n", statement.executeUpdate());
		}
	}

	static void time(HttpClient http, String url, String label) {
		long[] times = new long[RUNS];
		for (int i = 0; i < WARMUP + RUNS; i++) {
			long t0 = System.nanoTime();
			HttpResponse<String> response = sendUnchecked(http, get(url));
			long t = System.nanoTime() - t0;
			check(response, 200);
			if (i >= WARMUP) {
				times[i - WARMUP] = t;
			}
		}
		Arrays.sort(times);
		System.out.printf("%-70s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", label, ms(times, 0.50), ms(times, 0.95),
				ms(times, 0.99));
	}

	static String ids(List<UUID> ids) {
		return "[" + String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList()) + "]";
	}

	static int count(String text, String needle) {
		int n = 0;
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
			n++;
		}
		return n;
	}

	static String check(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	static HttpRequest.Builder json(String url, String method, String token, String body) {
		return bearer(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body)), token);
	}

}
