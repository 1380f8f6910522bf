package contacts;

import static support.Http.enc;
import static support.Http.get;
import static support.Http.send;
import static support.Http.sendUnchecked;
import static support.Json.field;
import static support.Latencies.time;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.function.Supplier;

import support.DemoSignIn;
import support.Latencies;

/**
 * Measures contact list, search, deep-page and dashboard latency over HTTP, and the same query in plain
 * SQL, so the application's overhead shows as a ratio. Run by bench/contacts/run.sh.
 * Arguments: baseUrl jdbcUrl user password contacts; signs in as the demo owner and generates the data first.
 */
public class ContactsBench {

	static final int RUNS = 200;

	/** Signs in again before each measurement: an access token lasts 15 minutes, less than generating a million contacts. */
	static Supplier<String> signIn;
	static String token;
	static long signedInAt;

	static void freshToken() {
		if (token == null || System.nanoTime() - signedInAt > 10L * 60 * 1_000_000_000) {
			token = signIn.get();
			signedInAt = System.nanoTime();
		}
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		HttpClient http = HttpClient.newHttpClient();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			signIn = () -> {
				try {
					return DemoSignIn.accessToken(http, base, db);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			};
			freshToken();
			String me = send(http, get(base + "/api/v1/me", token)).body();
			String org = field(me, "organizationId"), owner = field(me, "id");
			long started = System.nanoTime();
			if (existing(db, org) < Integer.parseInt(args[4])) {
				generate(db, org, owner, Integer.parseInt(args[4]));
				System.out.printf("generated %s contacts (+99 organizations x 100) with 5 interactions each in %.0f s%n", args[4],
						(System.nanoTime() - started) / 1e9);
			}
			token = null;
			freshToken();
			db.setAutoCommit(false);
			int deep = Math.min(250_000, Integer.parseInt(args[4]) - 100);
			String deepCursor = deepCursor(db, org, deep);
			String[] typos = { "jhon smiht", "grcae hoper", "ada lovlace", "alan turnig", "maria garica", "wei chne" };
			System.out.printf("%-28s %10s %10s %10s %10s %7s%n", "query", "http p50", "http p95", "sql p50", "sql p95", "ratio");
			report("baseline: GET /me", () -> time(http, get(base + "/api/v1/me", token)),
					sql(db, org, "select 1"));
			report("first page", () -> time(http, get(base + "/api/v1/contacts?limit=50", token)),
					sql(db, org, "select c.* from contacts c where c.organization_id = ?::uuid and c.deleted_at is null order by c.updated_at desc, c.id desc limit 51"));
			report("filtered page", () -> time(http, get(base + "/api/v1/contacts?type=lead&status=hot_lead&limit=50", token)),
					sql(db, org, "select c.* from contacts c where c.organization_id = ?::uuid and c.deleted_at is null and c.type = 'LEAD' and c.status = 'hot_lead' order by c.updated_at desc, c.id desc limit 51"));
			int[] i = { 0 };
			report("fuzzy search", () -> time(http, get(base + "/api/v1/contacts?limit=20&q=" + typos[i[0]++ % typos.length].replace(" ", "%20"), token)),
					sql(db, org, "select word from contact_search_words where organization_id = ?::uuid and length(word) between 2 and 6 and levenshtein_less_equal(word, 'jhon', 2) <= 2 order by levenshtein(word, 'jhon'), word limit 50; "
							+ "select word from contact_search_words where organization_id = ?::uuid and length(word) between 3 and 7 and levenshtein_less_equal(word, 'smiht', 2) <= 2 order by levenshtein(word, 'smiht'), word limit 50; "
							+ "with m as materialized (select c.id, c.updated_at as sort_key from contacts c where c.organization_id = ?::uuid and c.deleted_at is null "
							+ "and to_tsvector('simple', c.search_text) @@ to_tsquery('simple', '(jhon:* | john) & (smiht:* | smith)') limit 5001), "
							+ "n as (select count(*) as matches from m) select n.matches, p.* from n left join lateral (select c.*, top.sort_key "
							+ "from (select id, sort_key from m order by sort_key desc, id desc limit 21) top join contacts c on c.id = top.id "
							+ "where n.matches <= 5000) p on true order by p.sort_key desc, p.id desc"));
			// What people type that fuzzy words alone did not find: accents, phone numbers in any format, email
			// domains and parts of addresses. "hits" is how many the first page showed, so a fast answer that found
			// nothing shows as such.
			String[] accented = { "maría garcía", "Sofía", "lúcas nóvak", "jöhn smith" };
			int[] a = { 0 };
			reportFound("accent-insensitive search", () -> time(http, get(base + "/api/v1/contacts?limit=20&q=" + encode(accented[a[0]++ % accented.length]), token)),
					hits(http, base + "/api/v1/contacts?limit=20&q=" + encode(accented[0]), token));
			String[] phones = { "+1 (415) 012-3456", "4150654321", "077-7777", "415.011.1111" };
			int[] p = { 0 };
			reportFound("phone search", () -> time(http, get(base + "/api/v1/contacts?limit=20&q=" + encode(phones[p[0]++ % phones.length]), token)),
					hits(http, base + "/api/v1/contacts?limit=20&q=" + encode(phones[0]), token));
			String[] emails = { "@example45", "example123.com", "person4242", "person77@example77" };
			int[] e = { 0 };
			reportFound("email part search", () -> time(http, get(base + "/api/v1/contacts?limit=20&q=" + encode(emails[e[0]++ % emails.length]), token)),
					hits(http, base + "/api/v1/contacts?limit=20&q=" + encode(emails[0]), token));
			for (String sort : new String[] { "name", "email", "company", "type", "lastInteraction,asc" }) {
				String url = base + "/api/v1/contacts?limit=50&sort=" + sort;
				if (answers(http, url, token)) {
					report("first page by " + sort, () -> time(http, get(url, token)), null);
				}
				else {
					System.out.printf("%-28s not a sort of this version%n", "first page by " + sort);
				}
			}
			String nameCursor = deepNameCursor(db, org, deep);
			report("page " + deep / 50 + " deep by name", () -> time(http, get(base + "/api/v1/contacts?limit=50&sort=name&cursor=" + nameCursor, token)), null);
			String[] position = new String(Base64.getUrlDecoder().decode(deepCursor), StandardCharsets.UTF_8).split("\\|");
			report("page " + deep / 50 + " deep (cursor)", () -> time(http, get(base + "/api/v1/contacts?limit=50&cursor=" + deepCursor, token)),
					sql(db, org, "select c.* from contacts c where c.organization_id = ?::uuid and c.deleted_at is null and (c.updated_at, c.id) < ('"
							+ position[0] + "'::timestamptz, '" + position[1] + "'::uuid) order by c.updated_at desc, c.id desc limit 51"));
			report("dashboard (uncached)", () -> {
				invalidate(db, org);
				return time(http, get(base + "/api/v1/dashboard", token));
			}, sql(db, org, "select type, status, live from contact_counts where organization_id = ?::uuid; select id from contacts where organization_id = ?::uuid and deleted_at is null order by created_at desc, id desc limit 10"));
			addEventsAndMedia(db, org, owner);
			report("dashboard +events +media", () -> {
				invalidate(db, org);
				return time(http, get(base + "/api/v1/dashboard", token));
			}, null);
			report("seed listing (LEFT JOIN, OFFSET 100k)", null,
					sql(db, org, "select c.id, count(i.id), max(i.occurred_at) from contacts c left join interactions i on i.contact_id = c.id where c.organization_id = ?::uuid and c.deleted_at is null group by c.id order by c.updated_at desc offset 100000 limit 50"), 5);
		}
	}

	static int existing(Connection db, String org) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.org_id', '" + org + "', false)");
			var rows = statement.executeQuery("select count(*) from contacts");
			rows.next();
			return rows.getInt(1);
		}
	}

	static void generate(Connection db, String org, String owner, int contacts) throws Exception {
		String script = java.nio.file.Files.readString(java.nio.file.Path.of("bench/contacts/generate.sql"))
			.replace(":'org'", "'" + org + "'")
			.replace(":'owner'", "'" + owner + "'")
			.replace(":contacts", String.valueOf(contacts));
		db.setAutoCommit(true);
		try (var statement = db.createStatement()) {
			for (String one : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
				if (!one.isBlank()) {
					statement.execute(one);
				}
			}
			statement.execute("select set_config('app.system', 'off', false)");
		}
	}

	static Supplier<Long> sql(Connection db, String org, String statements) {
		return () -> {
			try (var statement = db.createStatement()) {
				long start = System.nanoTime();
				statement.execute("select set_config('app.org_id', '" + org + "', true)");
				for (String one : statements.split(";\\s*")) {
					statement.execute(one.replace("?::uuid", "'" + org + "'::uuid"));
				}
				long took = System.nanoTime() - start;
				db.commit();
				return took;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	/**
	 * Issue 12's dashboard scale beside the contacts: 10,000 events (half ahead) and 100,000 media items in the
	 * organization, so that the events, upcoming events, media drops and latest media widgets count them.
	 */
	static void addEventsAndMedia(Connection db, String org, String owner) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.org_id', '" + org + "', true)");
			var events = statement.executeQuery("select count(*) from events where organization_id = '" + org + "'");
			events.next();
			if (events.getLong(1) < 10_000) {
				statement.execute("""
						insert into events (id, organization_id, title, type, venue, starts_at, ends_at, time_zone, currency, status, owner_id)
						select uuidv7(), '%1$s', 'Generated event ' || g, 'MEETUP', 'Room ' || (g %% 20),
						  now() + make_interval(days => g / 2 - 2500), now() + make_interval(days => g / 2 - 2500, hours => 2), 'UTC',
						  'USD', case when g %% 10 = 0 then 'DRAFT' else 'PUBLISHED' end, '%2$s'
						from generate_series(1, 10000) g
						""".formatted(org, owner));
			}
			var media = statement.executeQuery("select count(*) from media_items where organization_id = '" + org + "'");
			media.next();
			if (media.getLong(1) < 100_000) {
				statement.execute("""
						insert into media_items (id, organization_id, owner_id, name, media_type, content_type, size_bytes,
						  original_file_id, status, created_at)
						select uuidv7(), '%1$s', '%2$s', 'bench ' || g || '.jpg', (array['IMAGE','VIDEO','AUDIO','DOCUMENT'])[1 + g %% 4],
						  'image/jpeg', 1000 + g, gen_random_uuid(), 'READY', now() - make_interval(mins => g)
						from generate_series(1, 100000) g
						""".formatted(org, owner));
			}
			db.commit();
			statement.execute("analyze events");
			statement.execute("analyze media_items");
			db.commit();
		}
	}

	static void invalidate(Connection db, String org) {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.org_id', '" + org + "', true)");
			statement.execute("update contact_changes set changed_at = clock_timestamp() where organization_id = '" + org + "'");
			db.commit();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String deepCursor(Connection db, String org, int deep) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.org_id', '" + org + "', true)");
			var rows = statement.executeQuery("select updated_at, id from contacts where organization_id = '" + org
					+ "' and deleted_at is null order by updated_at desc, id desc offset " + (deep - 1) + " limit 1");
			rows.next();
			String value = rows.getTimestamp(1).toInstant() + "|" + rows.getString(2);
			db.commit();
			return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
		}
	}

	static String encode(String query) {
		return enc(query).replace("+", "%20");
	}

	static boolean answers(HttpClient http, String url, String token) throws Exception {
		return http.send(get(url, token).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
	}

	/** How many contacts the first page of this search shows. */
	static int hits(HttpClient http, String url, String token) {
		return sendUnchecked(http, get(url, token)).body().split("\"firstName\"", -1).length - 1;
	}

	/** A cursor deep into the name order; the key is the lower-case full name, as both versions of the app write it. */
	static String deepNameCursor(Connection db, String org, int deep) throws Exception {
		try (var statement = db.createStatement()) {
			statement.execute("select set_config('app.org_id', '" + org + "', true)");
			var rows = statement.executeQuery("select lower(first_name || ' ' || coalesce(last_name, '')), id from contacts where organization_id = '"
					+ org + "' and deleted_at is null order by 1, id offset " + (deep - 1) + " limit 1");
			rows.next();
			String value = rows.getString(1) + "|" + rows.getString(2);
			db.commit();
			return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
		}
	}

	static void report(String name, Supplier<Long> http, Supplier<Long> sql) {
		report(name, http, sql, RUNS);
	}

	static void reportFound(String name, Supplier<Long> http, int hits) {
		report(name, http, null, RUNS);
		System.out.printf("%-28s %s hits on the first page%n", "", hits);
	}

	static void report(String name, Supplier<Long> http, Supplier<Long> sql, int runs) {
		freshToken();
		long[] h = http == null ? null : measure(http, runs);
		if (sql == null) {
			System.out.printf("%-28s %8.1fms %8.1fms %10s %10s %7s%n", name, h[0] / 1e6, h[1] / 1e6, "-", "-", "-");
			return;
		}
		long[] s = measure(sql, runs);
		if (h == null) {
			System.out.printf("%-28s %10s %10s %8.1fms %8.1fms %7s%n", name, "-", "-", s[0] / 1e6, s[1] / 1e6, "-");
			return;
		}
		System.out.printf("%-28s %8.1fms %8.1fms %8.1fms %8.1fms %6.1fx%n", name, h[0] / 1e6, h[1] / 1e6, s[0] / 1e6, s[1] / 1e6,
				(double) h[1] / Math.max(1, s[1]));
	}

	static long[] measure(Supplier<Long> call, int runs) {
		long[] sorted = Latencies.sample(call, Math.min(20, runs), runs);
		return new long[] { sorted[runs / 2], sorted[Math.max(0, (int) Math.ceil(runs * 0.95) - 1)] };
	}
}
