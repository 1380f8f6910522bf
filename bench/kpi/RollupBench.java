package kpi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads one organization's KPI events as the superuser (in recording order, so seq follows i), makes the nightly
 * rebuild job due and waits for the app's log to report it. Arguments: jdbcUrl superuserPassword events appLog.
 */
public class RollupBench {

	private static final Pattern DONE = Pattern.compile("KPI rollups rebuilt for (\\d+) organizations \\((\\d+) rows\\) in (\\d+) ms");

	public static void main(String[] args) throws Exception {
		int events = Integer.parseInt(args[2]);
		Path log = Path.of(args[3]);
		UUID organization = UUID.randomUUID();
		try (Connection db = DriverManager.getConnection(args[0], "postgres", args[1])) {
			long start = System.nanoTime();
			try (var campaigns = db.prepareStatement("""
					insert into campaigns (organization_id, name, platform, utm_campaign)
					select ?, 'Campaign ' || c, (array['facebook','google','tiktok','email'])[1 + c % 4], 'c' || c
					from generate_series(1, 200) c
					""")) {
				campaigns.setObject(1, organization);
				campaigns.executeUpdate();
			}
			try (var load = db.prepareStatement("""
					with c as (select array_agg(id order by name) ids from campaigns where organization_id = ?)
					insert into kpi_events (organization_id, kind, contact_id, campaign_id, occurred_at, value_cents, currency,
					  source_key)
					select ?, k.kind, md5(? || (i % greatest(?::int / 5, 1)))::uuid,
					  case when i % 3 = 0 then null else c.ids[1 + ((i::bigint * 7919) % 200)::int] end,
					  now() - make_interval(secs => (i::bigint * 94608000 / ?::int)::double precision),
					  case when k.kind = 'invoice_paid' then 10000 + i % 50000 end,
					  case when k.kind = 'invoice_paid' then 'USD' end, 'bench:' || i
					from generate_series(1, ?) i cross join c
					cross join lateral (select (array['ad_click','consult_booked','consult_show','invoice_paid'])[1 + i % 4]
					  as kind) k
					""")) {
				load.setObject(1, organization);
				load.setObject(2, organization);
				load.setString(3, organization.toString());
				load.setInt(4, events);
				load.setInt(5, events);
				load.setInt(6, events);
				load.executeUpdate();
			}
			System.out.printf("loaded %,d KPI events in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
			db.createStatement().execute("analyze kpi_events");
			long logged = Files.size(log);
			Instant due = Instant.now();
			db.createStatement().executeUpdate(
					"update scheduled_tasks set execution_time = now() where task_name = 'kpi-rollup-rebuild'");
			while (true) {
				String tail = Files.readString(log).substring((int) logged);
				Matcher done = DONE.matcher(tail);
				if (done.find()) {
					System.out.printf("rebuild job: %s organizations, %,d rollup rows in %,d ms (%.1f s after it was due)%n",
							done.group(1), Long.parseLong(done.group(2)), Long.parseLong(done.group(3)),
							Duration.between(due, Instant.now()).toMillis() / 1e3);
					break;
				}
				Thread.sleep(500);
			}
			try (ResultSet touches = db.createStatement().executeQuery(
					"select count(*) from contact_touches where organization_id = '" + organization + "'")) {
				touches.next();
				System.out.printf("contact touches: %,d%n", touches.getLong(1));
			}
		}
	}
}
