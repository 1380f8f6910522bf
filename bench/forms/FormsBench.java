package forms;

import static support.Http.json;
import static support.Http.sendUnchecked;
import static support.Json.field;
import static support.Latencies.ms;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import support.AppMetrics;
import support.DemoSignIn;

/**
 * Acceptance latency and processing rate of public form submissions against the running app as the demo owner.
 * Arguments: baseUrl jdbcUrl user password submissions clients [all|accept] [rate per second, 0 = closed model].
 * Environment: WARMUP (untimed submissions to another form first, then drained; 2000), APP_PID (the app, for its CPU
 * per window and its flight recording), JFR_FILE (where the timed phase's flight recording goes; none without it).
 */
public class FormsBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int total = Integer.parseInt(args[4]);
		int clients = Integer.parseInt(args[5]);
		int rate = args.length > 7 ? Integer.parseInt(args[7]) : 0;
		int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "2000"));
		long appPid = Long.parseLong(System.getenv().getOrDefault("APP_PID", "0"));
		String recording = System.getenv("JFR_FILE");
		// HTTP/1.1 as a browser's form post: no h2c upgrade headers on every new connection.
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(clients)).build();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			String token = DemoSignIn.accessToken(http, base, db);
			String run = Long.toHexString(System.nanoTime());
			String form = publishForm(http, base, token, "Bench " + run);
			int people = total - total / 10;
			String mode = rate > 0 ? "at " + rate + "/s (open model)" : "from " + clients + " clients";
			Statement system = db.createStatement();
			system.execute("select set_config('app.system', 'on', false)");

			if (warmup > 0) {
				// Untimed: the JIT compiles the request path and the processor, the pools fill; then the processor
				// drains what the warm-up queued, so the timed phase starts warm and with an empty queue.
				String warmForm = publishForm(http, base, token, "Bench warm-up " + run);
				long warmStart = System.nanoTime();
				Phase warm = send(http, base, warmForm, "warm-" + run, warmup, warmup, clients, rate);
				double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
				long left = waitUntilProcessed(system, warmForm, warm.accepted().size(), 900);
				System.out.printf("warm-up: %d submissions %s to another form in %.1f s (p95 %.1f ms), processed %.1f s later%s%n",
						warmup, mode, warmSeconds, ms(sorted(warm.latencies()), 0.95),
						(System.nanoTime() - warmStart) / 1e9 - warmSeconds, left == 0 ? "" : " (" + left + " left)");
			}
			System.out.printf("form %s: %d submissions (%d people) %s%n", form, total, people, mode);

			String before = AppMetrics.scrape(http, base);
			record("JFR.start", appPid, recording);
			long start = System.nanoTime();
			AcceptanceWindows windows = new AcceptanceWindows(start, 5, http, base, system, appPid);
			Phase timed = send(http, base, form, "bench-" + run, total, people, clients, rate);
			double acceptSeconds = (System.nanoTime() - start) / 1e9;
			windows.close();
			record("JFR.stop", appPid, recording);
			Set<String> accepted = timed.accepted();
			long[] sorted = sorted(timed.latencies());
			System.out.printf("accepted %d (refused %d) in %.1f s = %.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
					accepted.size(), timed.refused().get(), acceptSeconds, accepted.size() / acceptSeconds,
					ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
			printWhereTheTimeWent(before, AppMetrics.scrape(http, base), acceptSeconds);
			windows.print(timed.sentAt(), timed.latencies());
			if (args.length > 6 && args[6].equals("accept")) {
				System.exit(0);
			}

			try (var statement = db.createStatement()) {
				statement.execute("select set_config('app.system', 'on', false)");
				waitUntilProcessed(statement, form, accepted.size(), 3600);
				double allSeconds = (System.nanoTime() - start) / 1e9;
				var span = statement.executeQuery("select extract(epoch from max(processed_at) - min(received_at)), "
						+ "extract(epoch from max(processed_at) - min(processed_at)), count(*) from form_submissions "
						+ "where form_id = '" + form + "' and status = 'processed'");
				span.next();
				System.out.printf("all %d processed %.1f s after the first post (%.1f s after the last was accepted); "
						+ "processing %.0f/s over its %.1f s%n", span.getLong(3), allSeconds, allSeconds - acceptSeconds,
						span.getLong(3) / span.getDouble(2), span.getDouble(2));
				// One statement serves every query: read each answer before the next query closes it.
				var check = statement.executeQuery("select count(*), count(distinct lower(email)) from contacts "
						+ "where email like 'bench-" + run + "-%'");
				check.next();
				long contacts = check.getLong(1), distinct = check.getLong(2);
				var lost = statement.executeQuery("select count(*) from form_submissions where form_id = '" + form
						+ "' and status <> 'processed'");
				lost.next();
				long notProcessed = lost.getLong(1);
				var timeline = statement.executeQuery("select count(*) from interactions where type = 'form_submission' "
						+ "and payload ->> 'formId' = '" + form + "'");
				timeline.next();
				System.out.printf("contacts %d for %d people (duplicates: %d); not processed: %d; timeline entries %d%n",
						contacts, people, contacts - distinct, notProcessed, timeline.getLong(1));
			}

			// The contacts API's own create rate in the same run, for comparison.
			int creates = Math.min(2000, total / 10);
			AtomicInteger made = new AtomicInteger(), n = new AtomicInteger();
			int exchange = 200 + (int) (System.nanoTime() % 700);
			if (exchange % 100 == 11) {
				exchange++;
			}
			int line = exchange;
			long t0 = System.nanoTime();
			try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
				for (int c = 0; c < 8; c++) {
					pool.submit(() -> {
						for (int i = n.getAndIncrement(); i < creates; i = n.getAndIncrement()) {
							String body = "{\"firstName\":\"Api\",\"lastName\":\"Bench\",\"email\":\"api-" + run + "-" + i
									+ "@example.com\",\"phone\":\"+1 646 " + line + " " + String.format("%04d", i) + "\"}";
							if (sendUnchecked(http, json(base + "/api/v1/contacts", body, token)).statusCode() == 201) {
								made.incrementAndGet();
							}
						}
					});
				}
			}
			double apiSeconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf("contacts API: %d of %d created by 8 clients in %.1f s = %.0f/s%n", made.get(), creates,
					apiSeconds, made.get() / apiSeconds);
		}
		// The HTTP client's own threads are not daemons: without this the program (and the script) never ends.
		System.exit(0);
	}

	/** One phase's outcome: each submission's latency and its due (or send) time since the phase began, in ns. */
	private record Phase(long[] latencies, long[] sentAt, Set<String> accepted, AtomicInteger refused) {
	}

	/**
	 * Sends total submissions (person i, or i modulo people for the repeats): at a fixed rate (open model, each timed
	 * from the moment it was due, so a slow answer is not hidden by the client waiting for it: no coordinated
	 * omission), or from clients each waiting for its answer (closed model).
	 */
	private static Phase send(HttpClient http, String base, String form, String prefix, int total, int people,
			int clients, int rate) {
		Phase phase = new Phase(new long[total], new long[total], ConcurrentHashMap.newKeySet(), new AtomicInteger());
		long start = System.nanoTime();
		if (rate > 0) {
			try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int n = 0; n < total; n++) {
					int i = n;
					long due = start + (long) (i * 1e9 / rate);
					LockSupport.parkNanos(due - System.nanoTime());
					phase.sentAt()[i] = due - start;
					senders.submit(() -> phase.latencies()[i] = submit(http, base, form, prefix,
							i < people ? i : i % people, phase.accepted(), phase.refused()) - due);
				}
			}
		}
		else {
			AtomicInteger next = new AtomicInteger();
			try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
				for (int c = 0; c < clients; c++) {
					pool.submit(() -> {
						for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
							long t0 = System.nanoTime();
							phase.sentAt()[i] = t0 - start;
							phase.latencies()[i] = submit(http, base, form, prefix, i < people ? i : i % people,
									phase.accepted(), phase.refused()) - t0;
						}
					});
				}
			}
		}
		return phase;
	}

	private static String publishForm(HttpClient http, String base, String token, String name) {
		String form = field(sendUnchecked(http, json(base + "/api/v1/forms", """
				{"name": "%s", "definition": {"fields": [
				  {"key": "email", "type": "email", "label": "Email", "required": true, "mapsTo": "email"},
				  {"key": "name", "type": "text", "label": "Name", "required": true, "mapsTo": "firstName"},
				  {"key": "topic", "type": "select", "label": "Topic", "options": ["pricing", "demo", "other"]},
				  {"key": "utm_source", "type": "hidden", "label": "Source", "captures": "utm_source"}],
				 "settings": {"proofOfWork": false, "minFillSeconds": 0}}}
				""".formatted(name), token)).body(), "id");
		sendUnchecked(http, json(base + "/api/v1/forms/" + form + "/publish", "", token));
		return form;
	}

	/** Waits until the form's expected submissions are processed or the time is up; answers how many are not. */
	private static long waitUntilProcessed(Statement statement, String form, long expected, int maxSeconds)
			throws Exception {
		long begin = System.nanoTime();
		long processed;
		do {
			Thread.sleep(500);
			try (var rows = statement.executeQuery("select count(*) filter (where status = 'processed'), "
					+ "count(*) filter (where status = 'failed') from form_submissions where form_id = '" + form + "'")) {
				rows.next();
				processed = rows.getLong(1);
				if (rows.getLong(2) > 0) {
					System.out.printf("  %d failed so far%n", rows.getLong(2));
				}
			}
		}
		while (processed < expected && (System.nanoTime() - begin) / 1e9 < maxSeconds);
		return expected - processed;
	}

	/** Starts or stops the app's flight recording of the timed phase (jcmd beside this java); nothing without a file. */
	private static void record(String command, long pid, String file) throws Exception {
		if (file == null || pid == 0) {
			return;
		}
		String jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd").toString();
		List<String> call = new ArrayList<>(List.of(jcmd, Long.toString(pid), command, "name=timed"));
		if (command.equals("JFR.start")) {
			call.addAll(List.of("settings=profile", "filename=" + file));
		}
		Process process = new ProcessBuilder(call).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			System.out.println("  (" + command + " failed: " + output.strip() + ")");
		}
	}

	private static long[] sorted(long[] values) {
		long[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted;
	}

	/** Posts one person's submission; answers the time its answer arrived (System.nanoTime). */
	private static long submit(HttpClient http, String base, String form, String prefix, int person, Set<String> accepted,
			AtomicInteger refused) {
		String body = "{\"email\":\"" + prefix + "-" + person + "@example.com\",\"name\":\"Lead " + person
				+ "\",\"topic\":\"pricing\",\"utm_source\":\"bench\"}";
		HttpResponse<String> response = sendUnchecked(http, json(base + "/f/" + form + "/submissions", body));
		long answered = System.nanoTime();
		if (response.statusCode() == 202) {
			accepted.add(field(response.body(), "submissionId"));
		}
		else {
			refused.incrementAndGet();
		}
		return answered;
	}

	/**
	 * What the app reports about the acceptance phase (its processor's work included): waits for a pooled connection,
	 * garbage collection pauses, and the intake's group commits (submissions per commit, wait from queued to committed).
	 */
	private static void printWhereTheTimeWent(String before, String after, double seconds) {
		double acquires = delta(before, after, "hikaricp_connections_acquire_seconds_count");
		double acquireSeconds = delta(before, after, "hikaricp_connections_acquire_seconds_sum");
		double gcSeconds = delta(before, after, "jvm_gc_pause_seconds_sum");
		double commits = delta(before, after, "growthhub_forms_intake_batch_count");
		double batched = delta(before, after, "growthhub_forms_intake_batch_sum");
		double waits = delta(before, after, "growthhub_forms_intake_commit_seconds_count");
		double waitSeconds = delta(before, after, "growthhub_forms_intake_commit_seconds_sum");
		System.out.printf("  app during acceptance: %.0f connection acquires, mean wait %.1f ms; GC pauses %.2f s (%.1f%%); "
				+ "%.0f intake commits, %.1f submissions each, queued to committed mean %.1f ms%n", acquires,
				acquires == 0 ? 0 : acquireSeconds * 1000 / acquires, gcSeconds, gcSeconds * 100 / seconds, commits,
				commits == 0 ? 0 : batched / commits, waits == 0 ? 0 : waitSeconds * 1000 / waits);
	}

	private static double delta(String before, String after, String metric) {
		return AppMetrics.value(after, metric) - AppMetrics.value(before, metric);
	}
}
