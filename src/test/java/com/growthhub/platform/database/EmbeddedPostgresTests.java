package com.growthhub.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher itself: persistence, one owner per data directory, recovery after a killed JVM. */
class EmbeddedPostgresTests {

	@TempDir
	Path dataDir;

	@org.junit.jupiter.api.BeforeEach
	void letTheServerUserIn() throws Exception {
		// Keeps the cluster inside the temporary directory when tests run as root (see ClusterLocation).
		Files.setPosixFilePermissions(dataDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void dataSurvivesARestartAndASecondOwnerIsRefused() throws Exception {
		EmbeddedPostgres first = new EmbeddedPostgres(dataDir, false);
		first.start();
		try {
			execute(first, "create table survivor (id int); insert into survivor values (42)");
			assertThatThrownBy(() -> new EmbeddedPostgres(dataDir, false).start())
				.isInstanceOf(DataDirectoryInUseException.class)
				.hasMessageContaining("in use by another GrowthHub process");
		}
		finally {
			first.stop();
		}
		EmbeddedPostgres again = new EmbeddedPostgres(dataDir, false);
		again.start();
		try {
			assertThat(query(again, "select id from survivor")).isEqualTo(42);
			assertThat(query(again, "select case when rolsuper or rolbypassrls then 1 else 0 end from pg_roles where rolname = current_user"))
				.as("the application role must be bound by row-level security")
				.isZero();
		}
		finally {
			again.stop();
		}
	}

	@Test
	void recoversTheServerOfAKilledProcess() throws Exception {
		Process owner = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
				EmbeddedPostgresProcess.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new BufferedReader(new InputStreamReader(owner.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.startsWith("READY")) {
				// wait for the child to have started PostgreSQL and written a row
			}
			assertThat(line).as("child process output").startsWith("READY");
			owner.destroyForcibly();
			assertThat(owner.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).as("an orphaned postmaster").isTrue();

		EmbeddedPostgres next = new EmbeddedPostgres(dataDir, false);
		next.start();
		try {
			assertThat(query(next, "select id from survivor")).isEqualTo(7);
		}
		finally {
			next.stop();
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + File.separator + "bin"
				+ File.separator + "java");
	}

	static void execute(EmbeddedPostgres postgres, String sql) throws Exception {
		try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static int query(EmbeddedPostgres postgres, String sql) throws Exception {
		try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
				var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}
}
