package masterclasses;

import static support.DemoSignIn.accessToken;
import static support.Http.json;
import static support.Http.sendUnchecked;
import static support.Json.field;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 500 registrations within a minute for 400 seats. Arguments: baseUrl jdbcUrl user password superuserPassword (the
 * count reads across row-level security).
 */
public class RegistrationsBench {

	static final int VISITORS = 500, SEATS = 400, CONCURRENCY = 50;
	static final long WINDOW_MS = 60_000;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		HttpClient http = HttpClient.newHttpClient();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]);
				Connection superuser = DriverManager.getConnection(args[1], "postgres", args[4])) {
			String token = accessToken(http, base, db);
			String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
			Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
			HttpResponse<String> created = sendUnchecked(http, json(base + "/api/v1/masterclasses", """
					{"slug":"%s","title":"Benchmark class","startsAt":"%s","endsAt":"%s","capacity":%d,"priceCents":0}"""
				.formatted(slug, start, start.plus(1, ChronoUnit.HOURS), SEATS), token));
			check(created, 201);
			String id = field(created.body(), "id");
			check(sendUnchecked(http, json(base + "/api/v1/masterclasses/" + id + "/publish", "{}", token)), 200);

			ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
			List<Future<long[]>> answers = new ArrayList<>();
			long began = System.nanoTime();
			for (int i = 0; i < VISITORS; i++) {
				int visitor = i;
				long due = began + WINDOW_MS * 1_000_000L * i / VISITORS;
				answers.add(pool.submit(() -> {
					long wait = due - System.nanoTime();
					if (wait > 0) {
						Thread.sleep(wait / 1_000_000L);
					}
					long sent = System.nanoTime();
					HttpResponse<String> answer = sendUnchecked(http, json(
							base + "/api/v1/public/masterclasses/" + slug + "/registrations",
							"{\"name\":\"Visitor " + visitor + "\",\"email\":\"visitor-" + visitor + "-" + slug
									+ "@example.com\"}"));
					return new long[] { answer.statusCode(), System.nanoTime() - sent };
				}));
			}
			int seated = 0, soldOut = 0, other = 0;
			java.util.Map<Long, Integer> others = new java.util.TreeMap<>();
			List<Long> latencies = new ArrayList<>();
			for (Future<long[]> answer : answers) {
				long[] result = answer.get();
				latencies.add(result[1]);
				if (result[0] == 201) {
					seated++;
				}
				else if (result[0] == 409) {
					soldOut++;
				}
				else {
					other++;
					others.merge(result[0], 1, Integer::sum);
				}
			}
			double seconds = (System.nanoTime() - began) / 1e9;
			pool.shutdown();
			Collections.sort(latencies);
			int inDatabase;
			try (ResultSet rows = superuser.createStatement().executeQuery("""
					select count(*) from masterclass_registrations r join masterclasses m on m.id = r.masterclass_id
					where m.slug = '%s' and r.has_seat""".formatted(slug))) {
				rows.next();
				inDatabase = rows.getInt(1);
			}
			System.out.printf("registrations: %d visitors in %.1f s for %d seats: %d seated (201), %d sold out (409), "
					+ "%d other %s; seats in the database: %d%n", VISITORS, seconds, SEATS, seated, soldOut, other, others,
					inDatabase);
			System.out.printf("answer latency: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", pct(latencies, 50),
					pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1) / 1e6);
			if (seated != SEATS || inDatabase != SEATS || soldOut != VISITORS - SEATS) {
				System.out.println("FAILED: exactly " + SEATS + " seats must be given");
				System.exit(1);
			}
		}
	}

	static double pct(List<Long> sorted, int percentile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	static void check(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}
}
