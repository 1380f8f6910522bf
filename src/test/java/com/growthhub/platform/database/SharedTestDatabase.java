package com.growthhub.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One real PostgreSQL per test run (not per test class), started with the application's own
 * launcher in a fresh temporary data directory and removed when the JVM exits.
 */
public final class SharedTestDatabase {

	/** The names of the threads in which Spring Framework and Spring Boot close application contexts at exit. */
	private static final Set<String> SPRING_SHUTDOWN_HOOKS = Set.of("SpringContextShutdownHook",
			"SpringApplicationShutdownHook");

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
					awaitSpringContextsClosed();
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

	/**
	 * Spring closes the cached test contexts in shutdown hooks of its own, which the JVM runs at the same time as
	 * this one. Their job schedulers and pools must stop while the database still answers: stopped first, it left
	 * db-scheduler waiting 30 s for a connection and Surefire killing the test JVM.
	 */
	private static void awaitSpringContextsClosed() {
		try {
			// The JVM starts the hooks one after another: give Spring's a moment to appear before joining them.
			long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
			List<Thread> hooks = springShutdownHooks();
			while (hooks.isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(20);
				hooks = springShutdownHooks();
			}
			for (Thread hook : hooks) {
				hook.join(Duration.ofSeconds(20));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<Thread> springShutdownHooks() {
		return Thread.getAllStackTraces().keySet().stream()
			.filter(thread -> SPRING_SHUTDOWN_HOOKS.contains(thread.getName()))
			.toList();
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
