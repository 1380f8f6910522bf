package webhooks;

import static support.Http.get;
import static support.Http.json;
import static support.Http.sendUnchecked;
import static support.Json.field;

import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

import support.DemoSignIn;

/**
 * Webhook throughput and delay against the running app as the demo owner: a receiver in this JVM records when each
 * message arrives and checks its signature; contacts created through the API are the events.
 * Arguments: baseUrl jdbcUrl user password events.
 */
public class WebhooksBench {

	static final int CLIENTS = 8;
	static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\"\\s*:\\s*\"([^\"]+)\"");

	record Arrival(Instant event, Instant arrived, boolean signed, String messageId) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int events = Integer.parseInt(args[4]);
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS * 2)).build();
		ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Arrival> backlog = new ConcurrentLinkedQueue<>();
		String[] secret = new String[1];
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
		receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		receiver.createContext("/hook", exchange -> {
			Instant arrived = Instant.now();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String id = exchange.getRequestHeaders().getFirst("webhook-id");
			String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
			String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
			Matcher matcher = TIMESTAMP.matcher(body);
			if (matcher.find() && body.contains("\"contact.created\"")) {
				(id != null && id.startsWith("msg_backlog_") ? backlog : arrivals).add(new Arrival(Instant.parse(matcher.group(1)), arrived,
						secret[0] != null && sign(secret[0], id + "." + timestamp + "." + body).equals(signature), id));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		receiver.start();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			String token = DemoSignIn.accessToken(http, base, db);
			String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
			String created = sendUnchecked(http, json(base + "/api/v1/webhooks",
					"{\"url\":\"" + url + "\",\"events\":[\"contact_created\"],\"description\":\"bench\"}", token)).body();
			secret[0] = field(created, "secret");
			System.out.printf("receiver at %s, %d events from %d API clients%n", url, events, CLIENTS);

			String run = Long.toHexString(System.nanoTime());
			// Phones are required in the demo organization and must be unique: one exchange per run, the line from i.
			int exchange;
			do {
				exchange = java.util.concurrent.ThreadLocalRandom.current().nextInt(200, 1000);
			}
			while (exchange % 100 == 11);
			int runExchange = exchange;
			AtomicInteger next = new AtomicInteger();
			AtomicInteger refused = new AtomicInteger();
			long began = System.nanoTime();
			try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
				List<Future<?>> running = new ArrayList<>();
				for (int c = 0; c < CLIENTS; c++) {
					running.add(clients.submit(() -> {
						for (int i = next.getAndIncrement(); i < events; i = next.getAndIncrement()) {
							String body = "{\"firstName\":\"Hook\",\"lastName\":\"Bench " + i + "\",\"email\":\"hook-" + run + "-" + i
									+ "@example.com\",\"phone\":\"+1 646 " + runExchange + " " + String.format("%04d", i % 10000) + "\"}";
							HttpResponse<String> response = sendUnchecked(http, json(base + "/api/v1/contacts", body, token));
							if (response.statusCode() != 201 && refused.getAndIncrement() == 0) {
								System.out.println("contact refused: " + response.statusCode() + " " + response.body());
							}
						}
						return null;
					}));
				}
				for (Future<?> future : running) {
					future.get();
				}
			}
			double creating = (System.nanoTime() - began) / 1e9;
			System.out.printf("%d contacts created in %.1f s (%.0f/s), %d refused%n", events - refused.get(), creating,
					(events - refused.get()) / creating, refused.get());
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (arrivals.size() < events - refused.get() && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			List<Arrival> all = new ArrayList<>(arrivals);
			if (all.isEmpty()) {
				System.out.println("nothing arrived");
				System.exit(1);
			}
			double draining = (System.nanoTime() - began) / 1e9;
			long distinct = all.stream().map(Arrival::messageId).distinct().count();
			long unsigned = all.stream().filter(a -> !a.signed()).count();
			Instant first = all.stream().map(Arrival::arrived).min(Instant::compareTo).orElseThrow();
			Instant last = all.stream().map(Arrival::arrived).max(Instant::compareTo).orElseThrow();
			double seconds = Duration.between(first, last).toMillis() / 1000.0;
			List<Long> delays = new ArrayList<>(all.stream().map(a -> Duration.between(a.event(), a.arrived()).toMillis()).toList());
			Collections.sort(delays);
			System.out.printf("%d deliveries (%d distinct messages) arrived; all done %.1f s after the first request%n",
					all.size(), distinct, draining);
			System.out.printf("deliveries per second: %.0f (first to last arrival, %.1f s)%n", all.size() / seconds, seconds);
			System.out.printf("delay event -> delivery: p50 %d ms, p95 %d ms, max %d ms%n", pct(delays, 50), pct(delays, 95),
					delays.getLast());
			System.out.printf("signatures that did not verify: %d%n", unsigned);
			if (all.size() < events - refused.get() || unsigned > 0) {
				System.exit(1);
			}

			// The dispatcher alone: the same number of messages queued at once in SQL (as a receiver coming back after
			// an outage finds them), picked up by the job system's poll and sent 32 at a time.
			String organization = field(sendUnchecked(http, get(base + "/api/v1/me", token)).body(), "organizationId");
			String subscription = field(created, "id");
			Instant queued = queueBacklog(db, organization, subscription, events);
			deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (backlog.size() < events && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			List<Arrival> drained = new ArrayList<>(backlog);
			Instant lastOfBacklog = drained.stream().map(Arrival::arrived).max(Instant::compareTo).orElse(queued);
			Instant firstOfBacklog = drained.stream().map(Arrival::arrived).min(Instant::compareTo).orElse(queued);
			System.out.printf("backlog of %d queued at once: %d delivered in %.1f s after queuing (first after %d ms), "
					+ "%.0f deliveries per second first to last%n", events, drained.size(),
					Duration.between(queued, lastOfBacklog).toMillis() / 1000.0, Duration.between(queued, firstOfBacklog).toMillis(),
					drained.size() / (Duration.between(firstOfBacklog, lastOfBacklog).toMillis() / 1000.0));
			if (drained.size() < events || drained.stream().anyMatch(a -> !a.signed())) {
				System.exit(1);
			}
		}
		finally {
			receiver.stop(0);
		}
		// The HTTP client's pool threads would keep the JVM (and so the script) alive.
		System.exit(0);
	}

	static Instant queueBacklog(Connection db, String organization, String subscription, int count) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.system', 'on', false)");
			Instant queued = Instant.now();
			statement.executeUpdate("""
					insert into webhook_deliveries (id, organization_id, subscription_id, message_id, event_key, event_type,
					                                payload, occurred_at, next_attempt_at)
					select gen_random_uuid(), '%s', '%s', 'msg_backlog_' || g, 'backlog:' || g, 'contact.created',
					       json_build_object('type', 'contact.created',
					                         'timestamp', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
					                         'data', json_build_object('n', g))::text, now(), now()
					from generate_series(1, %d) g
					""".formatted(organization, subscription, count));
			statement.execute("select set_config('app.system', 'off', false)");
			return queued;
		}
	}

	static long pct(List<Long> sorted, int percentile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
	}

	static String sign(String secret, String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
