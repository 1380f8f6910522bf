package notifications;

import static support.Http.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import support.DemoSignIn;

/**
 * Opens N notification streams as the demo owner (as N browser tabs would), then changes the unread
 * count through the API and times how long until every stream has the event. Run by run.sh.
 * Arguments: baseUrl jdbcUrl user password subscribers.
 */
public class NotificationsBench {

	static final int ROUNDS = 30;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int subscribers = Integer.parseInt(args[4]);
		String token;
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			token = DemoSignIn.accessToken(HttpClient.newHttpClient(), base, db);
		}
		// Each stream counts the 'unread' events it has seen; a round waits until all reached the round.
		int[] seen = new int[subscribers];
		AtomicReference<CountDownLatch> round = new AtomicReference<>();
		List<HttpClient> clients = new ArrayList<>();
		CountDownLatch open = new CountDownLatch(subscribers);
		for (int i = 0; i < subscribers; i++) {
			// One client per 50 streams: a browser holds one connection per stream anyway.
			if (i % 50 == 0) {
				clients.add(HttpClient.newHttpClient());
			}
			HttpClient client = clients.get(clients.size() - 1);
			int index = i;
			Thread.ofVirtual().start(() -> {
				try {
					HttpResponse<Stream<String>> response = client.send(get(base + "/api/v1/notifications/stream", token)
						.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
					boolean unreadEvent = false;
					for (String line : (Iterable<String>) response.body()::iterator) {
						if (line.equals("event:unread")) {
							unreadEvent = true;
						}
						else if (line.isEmpty() && unreadEvent) {
							unreadEvent = false;
							if (seen[index]++ == 0) {
								open.countDown(); // the first 'unread' comes on connect
							}
							else {
								round.get().countDown();
							}
						}
					}
				}
				catch (Exception ex) {
					System.err.println("stream " + index + " failed: " + ex);
				}
			});
		}
		if (!open.await(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("only " + (subscribers - open.getCount()) + " streams opened");
		}
		HttpClient api = HttpClient.newHttpClient();
		List<Long> samples = new ArrayList<>();
		for (int r = 0; r < ROUNDS; r++) {
			CountDownLatch all = new CountDownLatch(subscribers);
			round.set(all);
			long start = System.nanoTime();
			HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications/read-all"))
				.header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("read-all answered " + response.statusCode());
			}
			if (!all.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException(all.getCount() + " of " + subscribers + " streams missed round " + r);
			}
			samples.add(System.nanoTime() - start);
		}
		Collections.sort(samples);
		System.out.printf("%d subscribers on one node, %d rounds: every stream had the event after p50 %.1f ms, p95 %.1f ms, max %.1f ms (target: 1 s)%n",
				subscribers, ROUNDS, samples.get(ROUNDS / 2) / 1e6, samples.get((int) Math.ceil(ROUNDS * 0.95) - 1) / 1e6,
				samples.get(ROUNDS - 1) / 1e6);
		System.exit(0);
	}
}
