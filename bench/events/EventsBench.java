package events;

import static support.Http.get;
import static support.Http.json;
import static support.Http.send;
import static support.Json.field;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import support.DemoSignIn;

/**
 * Check-in latency and correctness under concurrency, against the running app as the demo owner. Registrations of
 * the large event are generated in SQL; pass codes are made as the app makes them (HMAC with the installation's key).
 * Arguments: baseUrl jdbcUrl user password registrations.
 */
public class EventsBench {

	static final int TIMED = 1000, WARMUP = 100, CONCURRENT = 200, SEATS = 100;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int registrations = Integer.parseInt(args[4]);
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			String token = DemoSignIn.accessToken(http, base, db);
			String org = field(send(http, get(base + "/api/v1/me", token)).body(), "organizationId");
			byte[] key = hmac(master(db), "event-pass".getBytes(StandardCharsets.UTF_8));

			Instant start = Instant.now().plus(1, ChronoUnit.HOURS);
			String big = createPublished(http, base, token, "Bench conference " + System.nanoTime(), start, null);
			long began = System.nanoTime();
			List<UUID> attendees = generate(db, org, big, registrations);
			System.out.printf("event with %d registrations generated in %.1f s%n", attendees.size(), (System.nanoTime() - began) / 1e9);

			List<Long> samples = new ArrayList<>();
			for (int i = 0; i < WARMUP + TIMED; i++) {
				String body = "{\"code\":\"" + code(key, attendees.get(i)) + "\"}";
				long t0 = System.nanoTime();
				HttpResponse<String> response = send(http, json(base + "/api/v1/events/check-in", body, token));
				long took = System.nanoTime() - t0;
				if (response.statusCode() != 200) {
					throw new IllegalStateException("check-in answered " + response.statusCode() + ": " + response.body());
				}
				if (i >= WARMUP) {
					samples.add(took);
				}
			}
			Collections.sort(samples);
			System.out.printf("check-in by code at %d registrations (%d sequential, distinct attendees): p50 %.1f ms  p95 %.1f ms  max %.1f ms%n",
					registrations, TIMED, samples.get(TIMED / 2) / 1e6, samples.get((int) Math.ceil(TIMED * 0.95) - 1) / 1e6,
					samples.getLast() / 1e6);
			HttpResponse<String> again = send(http, json(base + "/api/v1/events/check-in",
					"{\"code\":\"" + code(key, attendees.getFirst()) + "\"}", token));
			System.out.printf("the same code again answers %d (%s)%n", again.statusCode(), field(again.body(), "title"));

			concurrency(http, base, token, key, start);
			dashboard(http, base, token, db, org);
		}
		System.exit(0);
	}

	/** 200 registrations at once for 100 seats, then 200 scans at once of the 100 passes (each twice). */
	static void concurrency(HttpClient http, String base, String token, byte[] key, Instant start) throws Exception {
		String event = createPublished(http, base, token, "Bench crowd " + System.nanoTime(), start, SEATS);
		List<HttpResponse<String>> registered = all(CONCURRENT, i -> json(base + "/api/v1/events/" + event + "/attendees",
				"{\"email\":\"bench-" + i + "-" + UUID.randomUUID() + "@example.com\",\"firstName\":\"Guest" + i + "\"}", token), http);
		long seated = registered.stream().filter(r -> r.body().contains("\"status\":\"registered\"")).count();
		long waiting = registered.stream().filter(r -> r.body().contains("\"status\":\"waitlisted\"")).count();
		String seats = send(http, get(base + "/api/v1/events/" + event, token)).body();
		System.out.printf("%d concurrent registrations for %d seats: %d registered, %d waitlisted, seatsTaken %s, other answers %d%n",
				CONCURRENT, SEATS, seated, waiting, number(seats, "seatsTaken"),
				registered.stream().filter(r -> r.statusCode() != 201).count());
		List<UUID> ids = registered.stream().filter(r -> r.body().contains("\"status\":\"registered\""))
			.map(r -> UUID.fromString(field(r.body(), "id"))).toList();
		long t0 = System.nanoTime();
		List<HttpResponse<String>> scans = all(CONCURRENT, i -> json(base + "/api/v1/events/check-in",
				"{\"code\":\"" + code(key, ids.get(i % ids.size())) + "\"}", token), http);
		double seconds = (System.nanoTime() - t0) / 1e9;
		String figures = send(http, get(base + "/api/v1/events/" + event + "/analytics", token)).body();
		System.out.printf("%d concurrent check-ins of %d passes in %.2f s: %d checked in, %d repeats (409), attended %s%n",
				CONCURRENT, ids.size(), seconds, scans.stream().filter(r -> r.statusCode() == 200).count(),
				scans.stream().filter(r -> r.statusCode() == 409).count(), number(figures, "attended"));
		boolean correct = seated == SEATS && waiting == CONCURRENT - SEATS && number(seats, "seatsTaken").equals(String.valueOf(SEATS))
				&& scans.stream().filter(r -> r.statusCode() == 200).count() == ids.size()
				&& number(figures, "attended").equals(String.valueOf(ids.size()));
		System.out.println(correct ? "concurrency: CORRECT (capacity held, nobody counted twice)" : "concurrency: WRONG");
	}

	/** The dashboard (every widget, uncached) with 10,000 events in the organization, half of them ahead. */
	static void dashboard(HttpClient http, String base, String token, Connection db, String org) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.org_id', '" + org + "', false)");
			statement.execute("""
					insert into events (id, organization_id, title, type, venue, starts_at, ends_at, time_zone, currency, status, owner_id)
					select uuidv7(), '%1$s', 'Generated event ' || g, 'MEETUP', 'Room ' || (g %% 20),
					  now() + make_interval(days => g / 2 - 2500), now() + make_interval(days => g / 2 - 2500, hours => 2), 'UTC', 'USD',
					  case when g %% 10 = 0 then 'DRAFT' else 'PUBLISHED' end,
					  (select owner_id from events where organization_id = '%1$s' limit 1)
					from generate_series(1, 10000) g
					""".formatted(org));
			statement.execute("analyze events");
		}
		List<Long> samples = new ArrayList<>();
		for (int i = 0; i < 220; i++) {
			long t0 = System.nanoTime();
			HttpResponse<String> response = send(http, get(base + "/api/v1/dashboard", token));
			long took = System.nanoTime() - t0;
			if (response.statusCode() != 200 || !response.body().contains("upcomingEvents")) {
				throw new IllegalStateException("dashboard answered " + response.statusCode() + ": " + response.body());
			}
			if (i >= 20) {
				samples.add(took);
			}
		}
		Collections.sort(samples);
		System.out.printf("dashboard GET /api/v1/dashboard with 10,000 more events (every widget, uncached): p50 %.1f ms  p95 %.1f ms%n",
				samples.get(100) / 1e6, samples.get(189) / 1e6);
	}

	static String createPublished(HttpClient http, String base, String token, String title, Instant start, Integer capacity)
			throws Exception {
		String body = "{\"title\":\"" + title + "\",\"type\":\"conference\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
				+ start.plus(8, ChronoUnit.HOURS) + "\"" + (capacity == null ? "" : ",\"capacity\":" + capacity) + "}";
		String id = field(send(http, json(base + "/api/v1/events", body, token)).body(), "id");
		HttpResponse<String> published = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + id))
			.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"status\":\"published\"}")));
		if (published.statusCode() != 200) {
			throw new IllegalStateException("publish answered " + published.statusCode() + ": " + published.body());
		}
		return id;
	}

	/** Registrations as the app stores them, already invited (so publishing sends no mail), seats counted. */
	static List<UUID> generate(Connection db, String org, String event, int count) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.org_id', '" + org + "', false)");
			statement.execute("""
					insert into event_attendees (id, organization_id, event_id, contact_id, name, email, status, registered_at,
					  invited_revision, invite_sequence)
					select uuidv7(), '%1$s', '%2$s', gen_random_uuid(), 'Guest ' || g, 'guest' || g || '@example.com', 'REGISTERED',
					  now() - make_interval(secs => %3$d - g), 0, 0
					from generate_series(1, %3$d) g
					""".formatted(org, event, count));
			statement.execute("update events set seats_taken = " + count + " where id = '" + event + "'");
			statement.execute("analyze event_attendees");
			var rows = statement.executeQuery("select id from event_attendees where event_id = '" + event + "' order by random()");
			List<UUID> ids = new ArrayList<>();
			while (rows.next()) {
				ids.add((UUID) rows.getObject(1));
			}
			return ids;
		}
	}

	static byte[] master(Connection db) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.system', 'on', false)");
			var rows = statement.executeQuery("select value from platform_secrets where name = 'master'");
			rows.next();
			byte[] master = rows.getString(1).getBytes(StandardCharsets.UTF_8);
			statement.execute("select set_config('app.system', 'off', false)");
			return master;
		}
	}

	static String code(byte[] key, UUID attendee) {
		byte[] id = ByteBuffer.allocate(16).putLong(attendee.getMostSignificantBits()).putLong(attendee.getLeastSignificantBits()).array();
		byte[] mac = hmac(key, id);
		byte[] code = ByteBuffer.allocate(26).put(id).put(Arrays.copyOf(mac, 10)).array();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(code);
	}

	static byte[] hmac(byte[] key, byte[] value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	interface Request {
		HttpRequest.Builder of(int i);
	}

	static List<HttpResponse<String>> all(int count, Request request, HttpClient http) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int n = i;
				futures.add(pool.submit(() -> send(http, request.of(n))));
			}
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (var future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}

	static String number(String json, String name) {
		var matcher = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
		return matcher.find() ? matcher.group(1) : "?";
	}
}
