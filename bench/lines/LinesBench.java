package lines;

import static support.Http.get;
import static support.Http.json;
import static support.Http.sendUnchecked;
import static support.Json.field;
import static support.Latencies.ms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import support.DemoSignIn;

/**
 * Concurrent sends on one line against the running app as the demo owner: the daily limit must hold exactly.
 * Arguments: baseUrl jdbcUrl user password limit sends clients.
 */
public class LinesBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int limit = Integer.parseInt(args[4]);
		int total = Integer.parseInt(args[5]);
		int clients = Integer.parseInt(args[6]);
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			String token = DemoSignIn.accessToken(http, base, db);
			String me = field(sendUnchecked(http, get(base + "/api/v1/me", token)).body(), "id");
			String number = "+1555" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
			HttpResponse<String> created = sendUnchecked(http, json(base + "/api/v1/lines", """
					{"assignedUserId": "%s", "displayName": "Bench line", "phoneNumber": "%s",
					 "dailyMessagesLimit": %d, "dailyNewConversationsLimit": 100000}
					""".formatted(me, number, limit), token));
			if (created.statusCode() != 201) {
				throw new IllegalStateException("Could not add a line: " + created.body());
			}
			String line = field(created.body(), "id");
			sendUnchecked(http, json(base + "/api/v1/lines/" + line + "/activate", "", token));
			String contact = field(sendUnchecked(http, json(base + "/api/v1/contacts", """
					{"firstName": "Bench", "lastName": "Contact", "email": "bench-%d@example.com", "phone": "+1 646 555 %04d"}
					""".formatted(System.nanoTime(), ThreadLocalRandom.current().nextInt(10000)), token)).body(), "id");
			String conversation = field(sendUnchecked(http, json(base + "/api/v1/conversations", """
					{"lineId": "%s", "contactId": "%s", "channel": "sms", "text": "Opening"}
					""".formatted(line, contact), token)).body(), "id");
			System.out.printf("line %s: limit %d messages a day (1 used to open the conversation); %d sends from %d clients%n",
					line, limit, total, clients);

			long[] latencies = new long[total];
			long[] acceptedAt = new long[total];
			AtomicInteger next = new AtomicInteger(), accepted = new AtomicInteger(), refused = new AtomicInteger(),
					other = new AtomicInteger();
			java.util.Map<Integer, AtomicInteger> otherStatuses = new java.util.concurrent.ConcurrentHashMap<>();
			long start = System.nanoTime();
			try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
				for (int c = 0; c < clients; c++) {
					pool.submit(() -> {
						for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
							long t0 = System.nanoTime();
							int status = sendUnchecked(http, json(base + "/api/v1/conversations/" + conversation + "/messages",
									"{\"text\": \"Send " + i + "\"}", token)).statusCode();
							latencies[i] = System.nanoTime() - t0;
							switch (status) {
								case 201 -> {
									accepted.incrementAndGet();
									acceptedAt[i] = System.nanoTime();
								}
								case 429 -> refused.incrementAndGet();
								default -> {
									other.incrementAndGet();
									otherStatuses.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
								}
							}
						}
					});
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long lastAccepted = java.util.Arrays.stream(acceptedAt).max().orElse(start);
			double acceptedSeconds = (lastAccepted - start) / 1e9;
			long[] sorted = latencies.clone();
			java.util.Arrays.sort(sorted);
			System.out.printf("answers: %d accepted (201), %d refused (429), %d other %s, in %.1f s = %.0f sends/s%n",
					accepted.get(), refused.get(), other.get(), otherStatuses, seconds, total / seconds);
			System.out.printf("accepted sends: %d in the first %.1f s = %.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
					accepted.get(), acceptedSeconds, accepted.get() / Math.max(acceptedSeconds, 1e-9), ms(sorted, 0.50),
					ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
			try (var statement = db.createStatement()) {
				statement.execute("select set_config('app.system', 'on', false)");
				var usage = statement.executeQuery("select messages from line_day_usage where line_id = '" + line + "'");
				usage.next();
				long counted = usage.getLong(1);
				var stored = statement.executeQuery("select count(*) from conversation_messages where conversation_id = '"
						+ conversation + "'");
				stored.next();
				long messages = stored.getLong(1);
				// Other answers (a 503 when the connection pool is exhausted) sent nothing and counted nothing: the limit
				// holds when what was accepted, what was counted and what was stored all equal it.
				boolean holds = accepted.get() == limit - 1 && counted == limit && messages == limit;
				System.out.printf("usage row %d, stored messages %d, limit %d: the limit %s%n", counted, messages, limit,
						holds ? "HOLDS EXACTLY" : "DOES NOT HOLD");
				if (!holds) {
					System.exit(1);
				}
			}
			sendUnchecked(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/lines/" + line)).DELETE()
				.header("Authorization", "Bearer " + token));
		}
	}
}
