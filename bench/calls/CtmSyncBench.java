package calls;

import static support.Http.get;
import static support.Http.json;
import static support.Http.send;
import static support.Json.field;
import static support.Json.number;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;

import support.DemoSignIn;

/**
 * The call sync benchmark's driver: connects the demo organization to the CallTrackingMetrics stub with an access key,
 * secret key and account id (which starts the import of every call), waits for the run to finish and prints its
 * counts, its time from start to finish and the calls per second, end to end: read from the stub, matched to a
 * contact (a new caller becomes a lead), classified by the built-in rules and stored with its history. Then the
 * categories the rules chose. Run by bench/calls/ctm-sync.sh. Arguments: baseUrl jdbcUrl user password calls stubUrl.
 */
public class CtmSyncBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int calls = Integer.parseInt(args[4]);
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			HttpClient api = HttpClient.newHttpClient();
			String token = DemoSignIn.accessToken(api, base, db);
			HttpResponse<String> connected = send(api, json(base + "/api/v1/integrations/ctm/connect",
					"{\"accessKey\":\"bench0access0key\",\"secretKey\":\"bench0secret0key00000\",\"settings\":{\"accountId\":\"7001\"}}", token));
			if (connected.statusCode() != 201) {
				throw new IllegalStateException("connect answered " + connected.statusCode() + ": " + connected.body());
			}
			String run;
			int lastRead = -1;
			while (true) {
				HttpResponse<String> answer = send(api, get(base + "/api/v1/integrations/ctm/runs?limit=1", token));
				if (answer.statusCode() == 401) {
					// Access tokens live minutes; a sync of 50,000 calls takes longer.
					token = DemoSignIn.accessToken(api, base, db);
					continue;
				}
				String runs = answer.body();
				if (runs.contains("\"status\":\"succeeded\"") || runs.contains("\"status\":\"failed\"")) {
					run = runs;
					break;
				}
				int read = number(runs, "read");
				if (read / 5000 != lastRead / 5000) {
					System.out.printf("%s read %d%n", Instant.now(), read);
				}
				lastRead = read;
				Thread.sleep(1000);
			}
			Instant from = Instant.parse(field(run, "startedAt")), to = Instant.parse(field(run, "finishedAt"));
			double elapsed = Duration.between(from, to).toMillis() / 1000.0;
			String served = send(api, get(args[5] + "/stats")).body();
			System.out.printf("run: %s%n", run.substring(0, Math.min(run.length(), 420)));
			System.out.printf("calls %d in %s requests; read %d, created %d, failed %d%n", calls, served, number(run, "read"),
					number(run, "created"), number(run, "failed"));
			System.out.printf("sync %.1f s: %.0f calls/s end to end%n", elapsed, number(run, "read") / elapsed);
			try (var statement = db.createStatement()) {
				statement.execute("select set_config('app.system', 'on', false)");
				var rows = statement.executeQuery("select category, count(*) from calls group by category order by 2 desc");
				StringBuilder categories = new StringBuilder();
				while (rows.next()) {
					categories.append(rows.getString(1)).append(' ').append(rows.getLong(2)).append("; ");
				}
				var contacts = statement.executeQuery("select count(*) from contacts where source = 'CTM'");
				contacts.next();
				System.out.printf("categories: %s%nleads created from callers: %d%n", categories, contacts.getLong(1));
			}
		}
	}
}
