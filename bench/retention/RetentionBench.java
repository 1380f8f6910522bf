package retention;

import static support.Http.bearer;
import static support.Http.get;
import static support.Http.send;
import static support.Json.field;
import static support.Latencies.ms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import support.DemoSignIn;

/**
 * Retention's purge of N expired activities (interactions older than the 3-year default) while a loop saves the same
 * contacts through the API: the purge's time (from its run record) and p50/p95/p99 of the saves, before and during the
 * purge. The nightly task is made due now in db-scheduler's table, so the app runs its real job. Arguments: baseUrl
 * jdbcUrl user password superuserPassword activities.
 */
public class RetentionBench {

	static final int CONTACTS = 200, BASELINE = 300;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int activities = Integer.parseInt(args[5]);
		HttpClient http = HttpClient.newHttpClient();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3]);
				Connection superuser = DriverManager.getConnection(args[1], "postgres", args[4])) {
			String token = DemoSignIn.accessToken(http, base, db);
			UUID organization = UUID.fromString(field(send(http, get(base + "/api/v1/me", token)).body(), "organizationId"));
			List<UUID> contacts = new ArrayList<>();
			for (int i = 0; i < CONTACTS; i++) {
				UUID id = UUID.randomUUID();
				try (var insert = superuser.prepareStatement("""
						insert into contacts (id, organization_id, first_name, last_name, type, status, source, owner_id)
						values (?, ?, 'Retention', ?, 'CLIENT', 'active', 'MANUAL', null)
						""")) {
					insert.setObject(1, id);
					insert.setObject(2, organization);
					insert.setString(3, "Bench " + i);
					insert.executeUpdate();
				}
				contacts.add(id);
			}
			long seedStart = System.nanoTime();
			try (var seed = superuser.prepareStatement("""
					insert into interactions (id, organization_id, contact_id, type, text, occurred_at, payload)
					select gen_random_uuid(), ?, (?::uuid[])[1 + i % ?], 'note', 'Old note ' || i,
					       now() - interval '4 years' - make_interval(secs => i), '{}'
					from generate_series(1, ?) i
					""")) {
				seed.setObject(1, organization);
				seed.setArray(2, superuser.createArrayOf("uuid", contacts.toArray()));
				seed.setInt(3, CONTACTS);
				seed.setInt(4, activities);
				seed.executeUpdate();
			}
			superuser.createStatement().execute("analyze interactions");
			System.out.printf("seeded %,d expired activities on %d contacts in %.1f s%n", activities, CONTACTS,
					(System.nanoTime() - seedStart) / 1e9);

			long[] quiet = new long[BASELINE];
			for (int i = 0; i < BASELINE; i++) {
				quiet[i] = save(http, base, token, contacts.get(i % CONTACTS), i);
			}
			report("contact saves, no purge", quiet, quiet.length);

			long before = lastRun(superuser, organization);
			AtomicBoolean purging = new AtomicBoolean(true);
			List<Long> during = new ArrayList<>();
			Thread saver = Thread.ofPlatform().start(() -> {
				int i = 0;
				while (purging.get()) {
					long took = save(http, base, token, contacts.get(i % CONTACTS), BASELINE + i);
					synchronized (during) {
						during.add(took);
					}
					i++;
				}
			});
			long start = System.nanoTime();
			superuser.createStatement().executeUpdate(
					"update scheduled_tasks set execution_time = now(), picked = false where task_name = 'data-retention'");
			long[] run;
			while ((run = runAfter(superuser, organization, before)) == null) {
				Thread.sleep(200);
			}
			purging.set(false);
			saver.join();
			System.out.printf("purge removed %,d activities in %,d ms (job's own duration; %.1f s from scheduling it)%n",
					run[1], run[0], (System.nanoTime() - start) / 1e9);
			long[] sorted;
			synchronized (during) {
				sorted = during.stream().mapToLong(Long::longValue).sorted().toArray();
			}
			report("contact saves during the purge", sorted, sorted.length);
		}
	}

	/** One PATCH of a contact's job title; answers nanoseconds; any answer but 200 fails the run. */
	static long save(HttpClient http, String base, String token, UUID contact, int i) {
		HttpRequest.Builder request = bearer(HttpRequest.newBuilder(URI.create(base + "/api/v1/contacts/" + contact))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"jobTitle\":\"Title " + i + "\"}")), token);
		try {
			long t0 = System.nanoTime();
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - t0;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("PATCH answered " + response.statusCode() + ": " + response.body());
			}
			return took;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long lastRun(Connection superuser, UUID organization) throws Exception {
		try (var query = superuser.prepareStatement("select count(*) from retention_runs where organization_id = ?")) {
			query.setObject(1, organization);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

	/** The newest run's duration and activities once there are more runs than {@code before}; else null. */
	static long[] runAfter(Connection superuser, UUID organization, long before) throws Exception {
		if (lastRun(superuser, organization) <= before) {
			return null;
		}
		try (var query = superuser.prepareStatement("""
				select duration_ms, activities from retention_runs where organization_id = ? order by started_at desc limit 1
				""")) {
			query.setObject(1, organization);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				return new long[] { row.getLong(1), row.getLong(2) };
			}
		}
	}

	static void report(String label, long[] sorted, int count) {
		java.util.Arrays.sort(sorted);
		System.out.printf("%-34s %6d saves  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", label, count,
				ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
	}
}
