package masterclasses;

import static support.Http.get;
import static support.Http.json;
import static support.Http.send;
import static support.Json.field;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import support.AppMetrics;
import support.DemoSignIn;

/**
 * One live room under load: N registrants (default 2,000) hold the room's event stream open, each heartbeats every
 * 30 s (spread over the first 30 s), and 20 chat messages a second are posted for the run's duration. Measures the
 * time from posting a message to its arrival on every viewer's stream (p50/p95/p99/max over all deliveries), missing
 * deliveries, the viewer count the heartbeats answer, and the app's heap and threads at the end. With a second node's
 * address, viewers and posts alternate between the nodes (fan-out through PostgreSQL LISTEN/NOTIFY).
 * Arguments: baseUrl jdbcUrl user password viewers seconds [secondBaseUrl].
 */
public class LiveRoomBench {

	static final int MESSAGES_PER_SECOND = 20;
	static final int POSTERS = 200;
	static final Pattern SEQ = Pattern.compile("\"body\":\"bench (\\d+)\"");
	static final Pattern VIEWERS = Pattern.compile("\"viewers\":(\\d+)");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int viewers = Integer.parseInt(args[4]);
		int seconds = Integer.parseInt(args[5]);
		List<String> nodes = args.length > 6 ? List.of(base, args[6]) : List.of(base);
		List<String> tokens = new ArrayList<>();
		HttpClient http = HttpClient.newHttpClient();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			String access = DemoSignIn.accessToken(http, base, db);
			String me = send(http, get(base + "/api/v1/me", access)).body();
			UUID org = UUID.fromString(field(me, "organizationId"));
			UUID classId = UUID.randomUUID();
			db.createStatement().execute("select set_config('app.system', 'on', false)");
			try (PreparedStatement insert = db.prepareStatement("""
					insert into masterclasses (id, organization_id, slug, title, starts_at, ends_at, status, stream_kind,
					  stream_url, live_started_at) values (?, ?, ?, 'Live bench', now(), now() + interval '2 hours', 'live',
					  'hls', 'https://cdn.example.com/live.m3u8', now())""")) {
				insert.setObject(1, classId);
				insert.setObject(2, org);
				insert.setString(3, "bench-live-" + classId.toString().substring(0, 8));
				insert.executeUpdate();
			}
			SecureRandom random = new SecureRandom();
			db.setAutoCommit(false);
			try (PreparedStatement insert = db.prepareStatement("""
					insert into masterclass_registrations (id, organization_id, masterclass_id, name, email, has_seat, join_token_hash)
					values (?, ?, ?, ?, ?, true, ?)""")) {
				for (int i = 0; i < viewers; i++) {
					byte[] bytes = new byte[32];
					random.nextBytes(bytes);
					String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
					tokens.add(token);
					insert.setObject(1, UUID.randomUUID());
					insert.setObject(2, org);
					insert.setObject(3, classId);
					insert.setString(4, "Viewer " + i);
					insert.setString(5, "viewer-" + i + "-" + classId.toString().substring(0, 8) + "@example.com");
					insert.setString(6, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
						.digest(token.getBytes(StandardCharsets.UTF_8))));
					insert.addBatch();
				}
				insert.executeBatch();
			}
			db.commit();
		}

		int maxMessages = MESSAGES_PER_SECOND * seconds + 10;
		long[] postedAt = new long[maxMessages];
		AtomicLongArray histogramMs = new AtomicLongArray(60_001);
		AtomicLong delivered = new AtomicLong();
		AtomicInteger refusedStreams = new AtomicInteger();
		AtomicLongArray crossNodeMs = new AtomicLongArray(60_001);
		AtomicLong crossNode = new AtomicLong();
		CountDownLatch open = new CountDownLatch(viewers);
		StreamWatch[] watches = new StreamWatch[viewers];
		List<HttpClient> clients = new ArrayList<>();
		long setup = System.nanoTime();
		for (int i = 0; i < viewers; i++) {
			if (i % 50 == 0) {
				clients.add(HttpClient.newHttpClient());
			}
			HttpClient client = clients.get(clients.size() - 1);
			String url = nodes.get(i % nodes.size()) + "/api/v1/public/live/" + tokens.get(i) + "/stream";
			int viewerNode = i % nodes.size();
			StreamWatch watch = watches[i] = new StreamWatch(i, url);
			Thread.ofVirtual().start(() -> {
				try {
					watch.state = "request sent, no answer yet";
					HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(URI.create(url))
						.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
					watch.status = response.statusCode();
					// A browser's EventSource tries again after a refusal (a 503 while the pool is busy): so does a viewer.
					for (int attempt = 1; response.statusCode() != 200 && attempt < 20; attempt++) {
						response.body().close();
						refusedStreams.incrementAndGet();
						Thread.sleep(3000);
						response = client.send(HttpRequest.newBuilder(URI.create(url))
							.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
						watch.status = response.statusCode();
					}
					watch.state = "answered " + response.statusCode() + " " + response.headers().firstValue("content-type").orElse("")
							+ ", reading";
					String event = "";
					for (String line : (Iterable<String>) response.body()::iterator) {
						watch.saw(line);
						if (line.startsWith("event:")) {
							event = line.substring(6).strip();
						}
						else if (line.startsWith("data:") && event.equals("batch")) {
							// One event carries the room's last ~200 ms: every chat message in it counts.
							long now = System.nanoTime();
							Matcher m = SEQ.matcher(line);
							while (m.find()) {
								int seq = Integer.parseInt(m.group(1));
								long sent = postedAt[seq];
								int ms = (int) Math.min(60_000, Math.max(0, (now - sent) / 1_000_000));
								histogramMs.incrementAndGet(ms);
								delivered.incrementAndGet();
								if (seq % nodes.size() != viewerNode) {
									// Posted on the other node: it came through PostgreSQL NOTIFY.
									crossNodeMs.incrementAndGet(ms);
									crossNode.incrementAndGet();
								}
							}
						}
						else if (line.startsWith("data:") && event.equals("ready") && !watch.ready) {
							watch.ready = true;
							open.countDown();
						}
					}
					watch.state = "the server ended the stream";
				}
				catch (Exception ex) {
					watch.state = "failed: " + ex;
					System.err.println("stream " + watch.viewer + " failed: " + ex);
				}
			});
		}
		if (!open.await(120, TimeUnit.SECONDS)) {
			// Say which streams stayed silent and what each got instead of waiting on: the run goes on without them.
			System.out.printf("only %d of %d streams received 'ready' within 120 s; the silent ones:%n",
					viewers - open.getCount(), viewers);
			for (StreamWatch watch : watches) {
				if (!watch.ready) {
					System.out.println("  " + watch);
				}
			}
			// Whether the server holds the silent streams as open (it wrote nothing the client read) or never saw them.
			for (String node : nodes) {
				System.out.println("  node " + node + ": " + streamCounters(http, node));
			}
		}
		System.out.printf("%d streams open on %d node(s) after %.1f s (%d refused at first and opened again)%n",
				viewers - open.getCount(),
				nodes.size(), (System.nanoTime() - setup) / 1e9, refusedStreams.get());

		// Heartbeats: each viewer every 30 s, the first ones spread over 30 s as people arrive.
		AtomicInteger lastCount = new AtomicInteger();
		AtomicInteger minCountAfterWarmup = new AtomicInteger(Integer.MAX_VALUE);
		AtomicInteger maxCountAfterWarmup = new AtomicInteger();
		AtomicInteger heartbeatErrors = new AtomicInteger();
		long heartbeatStart = System.nanoTime();
		long warm = heartbeatStart + TimeUnit.SECONDS.toNanos(32);
		AtomicLong fullAt = new AtomicLong();
		HttpClient beats = HttpClient.newHttpClient();
		for (int i = 0; i < viewers; i++) {
			String url = nodes.get(i % nodes.size()) + "/api/v1/public/live/" + tokens.get(i) + "/heartbeat";
			long offset = (long) (30_000.0 * i / viewers);
			Thread.ofVirtual().start(() -> {
				try {
					Thread.sleep(offset);
					while (true) {
						HttpResponse<String> beat = beats.send(HttpRequest.newBuilder(URI.create(url))
							.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
						if (beat.statusCode() != 200) {
							heartbeatErrors.incrementAndGet();
						}
						else {
							Matcher m = VIEWERS.matcher(beat.body());
							if (m.find()) {
								int count = Integer.parseInt(m.group(1));
								lastCount.set(count);
								if (count == viewers) {
									fullAt.compareAndSet(0, System.nanoTime());
								}
								if (System.nanoTime() > warm) {
									minCountAfterWarmup.accumulateAndGet(count, Math::min);
									maxCountAfterWarmup.accumulateAndGet(count, Math::max);
								}
							}
						}
						Thread.sleep(30_000);
					}
				}
				catch (Exception ex) {
					heartbeatErrors.incrementAndGet();
				}
			});
		}
		Thread.sleep(32_000);

		// Chat: 20 messages a second, from 200 registrants in turn (each writes once every 10 s: under the limit).
		int posted = 0;
		AtomicInteger refused = new AtomicInteger();
		HttpClient posters = HttpClient.newHttpClient();
		long chatStart = System.nanoTime();
		long interval = 1_000_000_000L / MESSAGES_PER_SECOND;
		for (int seq = 0; seq < MESSAGES_PER_SECOND * seconds; seq++) {
			long due = chatStart + seq * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			int poster = seq % Math.min(POSTERS, viewers);
			String url = nodes.get(seq % nodes.size()) + "/api/v1/public/live/" + tokens.get(poster) + "/chat";
			int number = seq;
			postedAt[seq] = System.nanoTime();
			posters.sendAsync(json(url, "{\"body\":\"bench " + number + "\"}").build(), HttpResponse.BodyHandlers.ofString())
				.thenAccept(response -> {
					if (response.statusCode() != 201) {
						refused.incrementAndGet();
					}
				});
			posted++;
		}
		long readyViewers = Stream.of(watches).filter(watch -> watch.ready).count();
		long expected = (long) posted * readyViewers;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (delivered.get() < expected - (long) refused.get() * readyViewers && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		double chatSeconds = (System.nanoTime() - chatStart) / 1e9;

		long total = delivered.get();
		System.out.printf("chat: %d messages posted in %.1f s (%d refused), %d of %d deliveries (%.3f%%)%n", posted,
				chatSeconds, refused.get(), total, expected, 100.0 * total / Math.max(1, expected));
		System.out.printf("posted → on every viewer's stream: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (target p95 ≤ 1000 ms)%n",
				percentile(histogramMs, total, 0.50), percentile(histogramMs, total, 0.95), percentile(histogramMs, total, 0.99),
				percentile(histogramMs, total, 1.0));
		if (nodes.size() > 1) {
			long cross = crossNode.get();
			System.out.printf("posted on one node → viewers on the other: %d deliveries, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
					cross, percentile(crossNodeMs, cross, 0.50), percentile(crossNodeMs, cross, 0.95),
					percentile(crossNodeMs, cross, 0.99), percentile(crossNodeMs, cross, 1.0));
		}
		System.out.printf("viewer count: %d viewers; heartbeats answered %d first after %.1f s; after the first round min %d, max %d, last %d; %d heartbeat errors%n",
				viewers, viewers, fullAt.get() == 0 ? -1 : (fullAt.get() - heartbeatStart) / 1e9, minCountAfterWarmup.get(),
				maxCountAfterWarmup.get(), lastCount.get(), heartbeatErrors.get());
		for (String node : nodes) {
			String metrics = send(http, get(node + "/actuator/prometheus")).body();
			Matcher threads = Pattern.compile("jvm_threads_live_threads(?:\\{[^}]*\\})? ([0-9.E+]+)").matcher(metrics);
			System.out.printf("node %s: heap used %d MB, live threads %s; %s%n", node, AppMetrics.heapUsed(http, node) / (1024 * 1024),
					threads.find() ? (long) Double.parseDouble(threads.group(1)) : "?", streamCounters(http, node));
		}
		System.exit(0);
	}

	/** The node's own count of live-room streams: open now, opened and dropped since it started. */
	static String streamCounters(HttpClient http, String node) throws Exception {
		String metrics = send(http, get(node + "/actuator/prometheus")).body();
		return "streams open=" + metric(metrics, "growthhub_live_streams") + " opened="
				+ metric(metrics, "growthhub_live_streams_opened_total") + " dropped="
				+ metric(metrics, "growthhub_live_streams_dropped_total");
	}

	static String metric(String metrics, String name) {
		Matcher value = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.E+]+)").matcher(metrics);
		return value.find() ? Long.toString((long) Double.parseDouble(value.group(1))) : "?";
	}

	/** What one viewer's stream has seen so far, to say what a stream that stays silent got instead. */
	static final class StreamWatch {

		final int viewer;
		final String url;
		volatile String state = "not started";
		volatile int status;
		volatile boolean ready;
		volatile int lines;
		volatile String firstLines = "";

		StreamWatch(int viewer, String url) {
			this.viewer = viewer;
			this.url = url;
		}

		void saw(String line) {
			if (lines++ < 6) {
				firstLines += (firstLines.isEmpty() ? "" : " | ") + line;
			}
		}

		@Override
		public String toString() {
			return "viewer " + viewer + " " + url.replaceAll("/live/[^/]+/", "/live/…/") + ": " + state + "; status "
					+ status + ", " + lines + " lines: [" + firstLines + "]";
		}
	}

	static long percentile(AtomicLongArray histogram, long total, double fraction) {
		long rank = Math.max(1, (long) Math.ceil(total * fraction));
		long seen = 0;
		for (int ms = 0; ms < histogram.length(); ms++) {
			seen += histogram.get(ms);
			if (seen >= rank) {
				return ms;
			}
		}
		return histogram.length() - 1;
	}
}
