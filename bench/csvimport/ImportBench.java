package csvimport;

import static support.Http.get;
import static support.Http.json;
import static support.Http.send;
import static support.Json.field;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;

import support.AppMetrics;
import support.DemoSignIn;

/**
 * Generates the bench data, imports it through the API and compares with a raw COPY. Run by run.sh.
 * Arguments: baseUrl jdbcUrl user password rows dataDir superuserPassword.
 */
public class ImportBench {

	static final int EXISTING = 200_000;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int rows = Integer.parseInt(args[4]);
		Path dir = Path.of(args[5]);
		HttpClient http = HttpClient.newHttpClient();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			String token = DemoSignIn.accessToken(http, base, db);
			String me = send(http, get(base + "/api/v1/me", token)).body();
			String org = field(me, "organizationId"), owner = field(me, "id");
			long started = System.nanoTime();
			existing(db, org, owner);
			for (String[] f : new String[][] { { "budget", "Budget", "number" }, { "segment", "Segment", "string" },
					{ "vip", "VIP", "boolean" }, { "renewal", "Renewal", "date" }, { "source_detail", "Source detail", "string" } }) {
				send(http, json(base + "/api/v1/custom-fields", "{\"key\":\"" + f[0] + "\",\"label\":\"" + f[1] + "\",\"type\":\"" + f[2] + "\"}", token));
			}
			Path file = dir.resolve("bench.csv");
			Path raw = dir.resolve("raw.csv");
			long valid = generate(file, raw, rows);
			System.out.printf("generated %,d existing contacts and a %,d-row file (%.0f MB) in %.0f s%n", EXISTING, rows,
					Files.size(file) / 1e6, (System.nanoTime() - started) / 1e9);

			double copySeconds;
			try (Connection superuser = DriverManager.getConnection(args[1], "postgres", args[6])) {
				copySeconds = rawCopy(superuser, raw);
			}
			System.out.printf("raw COPY of the %,d valid rows into contacts (all indexes): %.1f s, %,.0f rows/s%n", valid,
					copySeconds, valid / copySeconds);

			AtomicLong peakHeap = new AtomicLong();
			Thread sampler = Thread.ofVirtual().start(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					try {
						peakHeap.accumulateAndGet(AppMetrics.heapUsed(http, base), Math::max);
						Thread.sleep(200);
					}
					catch (InterruptedException ex) {
						return;
					}
					catch (Exception ex) {
						// the sample is skipped
					}
				}
			});
			long uploadStart = System.nanoTime();
			String job = upload(http, base, token, file);
			String id = field(job, "id");
			double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
			String status;
			String view;
			do {
				Thread.sleep(500);
				view = send(http, get(base + "/api/v1/imports/" + id, token)).body();
				status = field(view, "status");
			}
			while (status.equals("pending") || status.equals("processing"));
			double wall = (System.nanoTime() - uploadStart) / 1e9;
			sampler.interrupt();
			if (!status.equals("completed")) {
				throw new IllegalStateException("The import ended " + status + ": " + view);
			}
			double jobSeconds = java.time.Duration.between(Instant.parse(field(view, "startedAt")), Instant.parse(field(view, "finishedAt")))
				.toMillis() / 1e3;
			System.out.printf("import (upsert, %,d rows): upload %.1f s, job %.1f s = %,.0f rows/s; upload to done %.1f s%n", rows,
					uploadSeconds, jobSeconds, rows / jobSeconds, wall);
			System.out.printf("  totals %s%n", view.replaceAll(".*\"totals\":(\\{[^}]*\\}).*", "$1"));
			System.out.printf("  ratio to raw COPY: %.2fx (target >= 0.5x); peak heap %d MB of 512 MB%n",
					(rows / jobSeconds) / (valid / copySeconds), peakHeap.get() / (1024 * 1024));

			long exportStart = System.nanoTime();
			HttpResponse<InputStream> export = http.send(get(base + "/api/v1/exports/contacts.csv", token).build(),
					HttpResponse.BodyHandlers.ofInputStream());
			if (export.statusCode() != 200) {
				throw new IllegalStateException("the export answered " + export.statusCode());
			}
			long lines = 0;
			try (InputStream in = export.body()) {
				byte[] buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					for (int i = 0; i < n; i++) {
						lines += buffer[i] == '\n' ? 1 : 0;
					}
				}
			}
			System.out.printf("export of %,d contacts: %.1f s (target <= 30 s)%n", lines - 1, (System.nanoTime() - exportStart) / 1e9);
		}
		System.exit(0);
	}

	/** 200,000 contacts the file partly repeats (10% of its rows carry their emails). */
	static void existing(Connection db, String org, String owner) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.system', 'on', false)");
			statement.execute("select set_config('app.bulk_import', 'on', false)");
			statement.execute("insert into contacts (id, organization_id, first_name, last_name, email, phone, company, source, owner_id) "
					+ "select uuidv7(), '" + org + "', 'Existing', 'Person ' || g, 'person' || g || '@example.com', "
					+ "'+1212' || lpad(g::text, 7, '0'), 'Company ' || (g % 5000), 'MANUAL', '" + owner + "' "
					+ "from generate_series(1, " + EXISTING + ") g");
			statement.execute("vacuum analyze contacts");
			statement.execute("select set_config('app.system', 'off', false)");
			statement.execute("select set_config('app.bulk_import', 'off', false)");
		}
	}

	/** The import file, and the same valid rows as contacts columns for the raw COPY (into a fresh organization). */
	static long generate(Path file, Path raw, int rows) throws IOException {
		String[] first = { "Ada", "Alan", "Grace", "Maria", "Wei", "Aisha", "Carlos", "Olga", "Liam", "Emma" };
		String[] last = { "Lovelace", "Turing", "Hopper", "Garcia", "Chen", "Khan", "Silva", "Ivanova", "Brown", "Miller" };
		long valid = 0;
		UUID rawOrg = UUID.randomUUID();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				BufferedWriter copy = Files.newBufferedWriter(raw, StandardCharsets.UTF_8)) {
			out.write("firstName,lastName,email,phone,company,jobTitle,industry,priority,campaign,linkedinUrl,Budget,Segment,VIP,Renewal,Source detail\n");
			for (int g = 1; g <= rows; g++) {
				boolean invalid = g % 50 == 0;
				boolean duplicate = !invalid && g % 10 == 1;
				String email = invalid ? "broken-" + g + "@" : duplicate ? "person" + (g / 10 % EXISTING + 1) + "@example.com" : "new" + g + "@example.org";
				String phone = "+1 (646) " + String.format("%03d-%04d", 200 + (g / 10000) % 800, g % 10000);
				String firstName = first[g % first.length], lastName = last[(g / 10) % last.length];
				String company = "Company " + (g % 5000), title = "Manager", industry = "Retail", priority = g % 3 == 0 ? "high" : "low";
				out.write(String.join(",", firstName, lastName, email, phone, company, title, industry, priority, "spring-" + (g % 20),
						"https://www.linkedin.com/in/p" + g, String.valueOf(g % 1000), "Segment " + (g % 7), g % 2 == 0 ? "true" : "false",
						"2027-0" + (1 + g % 9) + "-15", "Fair " + (g % 11)));
				out.write('\n');
				if (!invalid) {
					valid++;
					String e164 = "+1646" + String.format("%03d%04d", 200 + (g / 10000) % 800, g % 10000);
					copy.write(String.join(",", new UUID(0x01a2000000007000L | g, 0x8000000000000000L | g).toString(), rawOrg.toString(),
							firstName, lastName, "raw" + g + "@example.org", e164, company, title, industry, priority.equals("high") ? "HIGH" : "LOW",
							"spring-" + (g % 20), "https://www.linkedin.com/in/p" + g,
							"\"{\"\"budget\"\": " + (g % 1000) + ", \"\"segment\"\": \"\"Segment " + (g % 7) + "\"\", \"\"vip\"\": " + (g % 2 == 0)
									+ ", \"\"renewal\"\": \"\"2027-0" + (1 + g % 9) + "-15\"\", \"\"source_detail\"\": \"\"Fair " + (g % 11) + "\"\"}\"",
							"CSV"));
					copy.write('\n');
				}
			}
		}
		return valid;
	}

	static double rawCopy(Connection db, Path raw) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.system', 'on', false)");
			statement.execute("select set_config('app.bulk_import', 'on', false)");
		}
		long start = System.nanoTime();
		try (InputStream in = Files.newInputStream(raw)) {
			db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy contacts (id, organization_id, first_name, last_name, email, phone, "
					+ "company, job_title, industry, priority, campaign, linkedin_url, custom_fields, source) from stdin (format csv)", in);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.system', 'off', false)");
			statement.execute("select set_config('app.bulk_import', 'off', false)");
		}
		return seconds;
	}

	static String upload(HttpClient http, String base, String token, Path file) throws Exception {
		String boundary = "bench" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"dedupePolicy\"\r\n\r\nupsert\r\n--" + boundary
				+ "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/imports")).header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head), HttpRequest.BodyPublishers.ofFile(file),
					HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 202) {
			throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}
}
