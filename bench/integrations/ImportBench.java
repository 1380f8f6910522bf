package integrations;

import static support.Http.get;
import static support.Http.json;
import static support.Http.send;
import static support.Json.field;
import static support.Json.number;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import support.DemoSignIn;

/**
 * The HubSpot import benchmark's driver: connects the demo organization to the stub with a private-app token (which
 * starts the import), waits for the run to finish, and prints its counts, its time and the floor the rate limit
 * allows (requests needed at 110 per 10 s). Given the app's jcmd and pid, it also takes the heap in use after a full
 * GC at every tenth of the records read. Run by bench/integrations/run.sh. Arguments: baseUrl jdbcUrl user password
 * contacts stubUrl [jcmd pid].
 */
public class ImportBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int contacts = Integer.parseInt(args[4]);
		HeapSampler sampler = args.length > 7 ? new HeapSampler(args[6], args[7]) : null;
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			HttpClient api = HttpClient.newHttpClient();
			String token = DemoSignIn.accessToken(api, base, db);
			long started = System.nanoTime();
			HttpResponse<String> connected = send(api, json(base + "/api/v1/integrations/hubspot/connect",
					"{\"token\": \"pat-na1-00000000-bench-4000-8000-000000000000\"}", token));
			if (connected.statusCode() != 201) {
				throw new IllegalStateException("connect answered " + connected.statusCode() + ": " + connected.body());
			}
			String run;
			List<String> heap = new ArrayList<>();
			int nextTenth = 1;
			while (true) {
				String runs = send(api, get(base + "/api/v1/integrations/hubspot/runs?limit=1", token)).body();
				if (runs.contains("\"status\":\"succeeded\"") || runs.contains("\"status\":\"failed\"")) {
					run = runs;
					break;
				}
				// Heap after a full GC at every tenth of the records read: flat if nothing keeps records.
				int read = number(runs, "read");
				while (sampler != null && nextTenth < 10 && read >= contacts * nextTenth / 10) {
					heap.add("%d%% %s".formatted(nextTenth * 10, sampler.liveHeap()));
					nextTenth++;
				}
				Thread.sleep(500);
			}
			if (sampler != null) {
				heap.add("100%% %s".formatted(sampler.liveHeap()));
			}
			double wall = (System.nanoTime() - started) / 1e9;
			Instant from = Instant.parse(field(run, "startedAt")), to = Instant.parse(field(run, "finishedAt"));
			double elapsed = Duration.between(from, to).toMillis() / 1000.0;
			int requests = (contacts + 99) / 100 + 1; // the pages and the account check
			double floor = requests / 11.0;
			String stats = send(api, get(args[5] + "/stats")).body();
			System.out.printf("run: %s%n", run.substring(0, Math.min(run.length(), 400)));
			System.out.printf("contacts %d, requests needed %d, served %s, answered 429 %s%n", contacts, requests,
					stats.split(" ")[0], stats.split(" ")[1]);
			System.out.printf("import %.1f s (connect to finished %.1f s); floor at 110 requests / 10 s: %.1f s; ratio %.2f%n",
					elapsed, wall, floor, elapsed / floor);
			if (sampler != null) {
				System.out.printf("heap after GC by records read: %s%n", String.join(", ", heap));
			}
		}
	}

	/** Young plus old generation in use after a full GC (the app runs the serial collector), in one jcmd call. */
	record HeapSampler(String jcmd, String pid) {

		String liveHeap() throws Exception {
			Path commands = Files.createTempFile("heap", ".jcmd");
			try {
				Files.writeString(commands, "GC.run\nGC.heap_info\n");
				Process process = new ProcessBuilder(jcmd, pid, "-f", commands.toString()).redirectErrorStream(true).start();
				String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				process.waitFor();
				long kilobytes = output.lines()
					.filter(line -> line.startsWith("DefNew") || line.startsWith("Tenured") || line.contains("generation"))
					.map(line -> Pattern.compile("used (\\d+)K").matcher(line))
					.filter(Matcher::find)
					.mapToLong(matcher -> Long.parseLong(matcher.group(1)))
					.sum();
				return "%.1f MB".formatted(kilobytes / 1024.0);
			}
			finally {
				Files.deleteIfExists(commands);
			}
		}
	}
}
