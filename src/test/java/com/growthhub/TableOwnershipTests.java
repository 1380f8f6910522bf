package com.growthhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: the module whose migration folder creates a table is the only one whose
 * SQL names it, and a module's migrations create and change only its own tables. Other modules reach
 * that data through the owner's API or its events.
 *
 * <p>The tables of {@code db/migration/__root} belong to {@code platform}: its own ({@code rate_limits},
 * {@code platform_secrets}) and the libraries' it wires ({@code event_publication} for Spring Modulith,
 * {@code scheduled_tasks} for db-scheduler, {@code spring_session*} for Spring Session). They are shared
 * plumbing, but shared through platform's classes ({@code Throttle}, {@code InstallationSecrets}) and the
 * libraries, so no business module names them in SQL either.
 *
 * <p>Plain text scanning, no database: SQL in Java is read from string literals and text blocks only
 * (comments are skipped), SQL in migrations without its {@code --} comments.
 */
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/com/growthhub");

	private static final String ROOT_FOLDER = "__root";

	private static final String PLATFORM = "platform";

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(?:public\\.)?(\\w+)");

	/** A table used as an SQL identifier: after the keywords that take one. */
	private static final Pattern TABLE_IN_SQL = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table|references|copy)\\s+(?:only\\s+)?(?:public\\.)?(\\w+)\\b");

	/** In migrations also the object of {@code create index/trigger/policy … on}. */
	private static final Pattern TABLE_IN_DDL = Pattern.compile("(?i)\\bon\\s+(?:only\\s+)?(?:public\\.)?(\\w+)\\b");

	/** Table names listed in quotes, as the row-level-security loops do ({@code array['imports', …]}). */
	private static final Pattern QUOTED = Pattern.compile("'(\\w+)'");

	/**
	 * Released migrations cannot change (Flyway checksums), so what they did before this rule existed is listed
	 * here, file by file and table by table. Never add to this list: a new migration that needs another module's
	 * data reads it through an event or the owning module's migration.
	 */
	private static final Map<String, Set<String>> RELEASED_BEFORE_THE_RULE = Map.of(
			// Gave every existing organization its default pipeline, once, at upgrade time.
			"pipeline/V11__pipeline_create_pipelines_and_deals.sql", Set.of("organizations"));

	private final Map<String, String> owners = tableOwners();

	@Test
	void migrationsCreateTablesThatExist() {
		assertThat(this.owners).containsKeys("users", "contacts", "deals", "imports", "event_publication");
	}

	@Test
	void modulesNameOnlyTheirOwnTablesInSql() {
		List<String> violations = new ArrayList<>();
		for (Path file : files(SOURCES, ".java")) {
			Path relative = SOURCES.relativize(file);
			if (relative.getNameCount() < 2) {
				continue; // GrowthHubApplication
			}
			String module = relative.getName(0).toString();
			String sql = String.join("\n", stringsIn(read(file)));
			for (String table : tablesNamed(sql, TABLE_IN_SQL)) {
				String owner = this.owners.get(table);
				if (owner != null && !owner.equals(module)) {
					violations.add("module %s, %s: names table %s of module %s".formatted(module, relative, table, owner));
				}
			}
		}
		assertThat(violations).as("SQL naming another module's tables (use that module's API or events)").isEmpty();
	}

	@Test
	void migrationsChangeOnlyTheirModulesTables() {
		List<String> violations = new ArrayList<>();
		for (Path file : files(MIGRATIONS, ".sql")) {
			String module = moduleOf(file);
			String sql = withoutComments(read(file));
			List<String> named = new ArrayList<>(tablesNamed(sql, TABLE_IN_SQL));
			named.addAll(tablesNamed(sql, TABLE_IN_DDL));
			named.addAll(tablesNamed(sql, QUOTED));
			Set<String> released = RELEASED_BEFORE_THE_RULE.getOrDefault(
					MIGRATIONS.relativize(file).toString().replace('\\', '/'), Set.of());
			for (String table : named) {
				String owner = this.owners.get(table);
				if (owner != null && !owner.equals(module) && !released.contains(table)) {
					violations.add("migration %s (module %s): names table %s of module %s"
						.formatted(MIGRATIONS.relativize(file), module, table, owner));
				}
			}
		}
		assertThat(violations).as("migrations touching another module's tables").isEmpty();
	}

	@Test
	void readsSqlFromStringsAndTextBlocksButNotFromComments() {
		String java = """
				// select * from users
				/* join memberships */
				String a = "select id from contacts where x = '\\"'";
				char c = '"';
				String b = \"""
						update deals set x = 1
						\""";
				""";
		String sql = String.join("\n", stringsIn(java));
		assertThat(tablesNamed(sql, TABLE_IN_SQL)).containsExactly("contacts", "deals");
	}

	@Test
	void everyMigrationFolderIsAModule() {
		List<String> missing = new ArrayList<>();
		for (Path file : files(MIGRATIONS, ".sql")) {
			String module = moduleOf(file);
			if (!Files.isDirectory(SOURCES.resolve(module))) {
				missing.add(MIGRATIONS.relativize(file).toString());
			}
		}
		assertThat(missing).as("migrations in a folder that is no module under com.growthhub").isEmpty();
	}

	private static Map<String, String> tableOwners() {
		Map<String, String> owners = new TreeMap<>();
		List<String> duplicates = new ArrayList<>();
		for (Path file : files(MIGRATIONS, ".sql")) {
			Matcher created = CREATE_TABLE.matcher(withoutComments(read(file)));
			while (created.find()) {
				String table = created.group(1).toLowerCase();
				String previous = owners.put(table, moduleOf(file));
				if (previous != null) {
					duplicates.add(table + " (" + previous + ", " + moduleOf(file) + ")");
				}
			}
		}
		assertThat(duplicates).as("tables created twice").isEmpty();
		return owners;
	}

	private static String moduleOf(Path migration) {
		String folder = MIGRATIONS.relativize(migration).getName(0).toString();
		return folder.equals(ROOT_FOLDER) ? PLATFORM : folder;
	}

	private static List<String> tablesNamed(String sql, Pattern pattern) {
		List<String> tables = new ArrayList<>();
		Matcher matcher = pattern.matcher(sql);
		while (matcher.find()) {
			tables.add(matcher.group(1).toLowerCase());
		}
		return tables;
	}

	private static String withoutComments(String sql) {
		return sql.replaceAll("--[^\\n]*", "");
	}

	/** The contents of a Java file's string literals and text blocks, skipping comments and char literals. */
	static List<String> stringsIn(String java) {
		List<String> strings = new ArrayList<>();
		int i = 0;
		while (i < java.length()) {
			if (java.startsWith("//", i)) {
				i = java.indexOf('\n', i) < 0 ? java.length() : java.indexOf('\n', i);
			}
			else if (java.startsWith("/*", i)) {
				i = java.indexOf("*/", i + 2) < 0 ? java.length() : java.indexOf("*/", i + 2) + 2;
			}
			else if (java.startsWith("\"\"\"", i)) {
				int end = java.indexOf("\"\"\"", i + 3);
				while (end > 0 && java.charAt(end - 1) == '\\') {
					end = java.indexOf("\"\"\"", end + 1);
				}
				end = end < 0 ? java.length() : end;
				strings.add(java.substring(i + 3, end));
				i = end + 3;
			}
			else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
				char quote = java.charAt(i);
				int end = i + 1;
				while (end < java.length() && java.charAt(end) != quote && java.charAt(end) != '\n') {
					end += java.charAt(end) == '\\' ? 2 : 1;
				}
				if (quote == '"') {
					strings.add(java.substring(i + 1, Math.min(end, java.length())));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return strings;
	}

	private static List<Path> files(Path root, String suffix) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
