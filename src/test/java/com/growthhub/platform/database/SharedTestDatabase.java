package com.growthhub.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real PostgreSQL per test run (not per test class), started with the application's own
 * launcher in a fresh temporary data directory and removed when the JVM exits.
 */
public final class SharedTestDatabase {

	private static EmbeddedPostgres postgres;

	private SharedTestDatabase() {
	}

	public static synchronized EmbeddedPostgres get() {
		if (postgres == null) {
			try {
				Path dir = Files.createTempDirectory("growthhub-test-");
				dir.toFile().setExecutable(true, false);
				dir.toFile().setReadable(true, false);
				postgres = new EmbeddedPostgres(dir, false);
				postgres.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					postgres.stop();
					delete(dir);
				}, "test-postgres-stop"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return postgres;
	}

	private static void delete(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// best effort: it is a temporary directory
		}
	}
}
