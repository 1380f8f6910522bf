package com.growthhub.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.management.OperatingSystemMXBean;

/**
 * A real PostgreSQL server run from the zonky binaries, with its cluster inside the GrowthHub data
 * directory. One process owns a data directory at a time (an OS file lock); a postmaster orphaned by
 * a killed JVM is stopped at the next start. As root, every PostgreSQL command runs as {@code nobody}.
 */
public final class EmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	static final String DATABASE = "growthhub";
	static final String APP_ROLE = "growthhub";
	private static final String SUPERUSER = "postgres";

	private final Path dataDir;
	private final boolean durable;
	private final PostgresCommands commands;
	private FileChannel lockChannel;
	private FileLock lock;
	private Path cluster;
	private Properties credentials;
	private int port;

	/**
	 * @param durable false only for tests: turns off fsync and friends for speed
	 */
	public EmbeddedPostgres(Path dataDir, boolean durable) {
		this.dataDir = dataDir.toAbsolutePath().normalize();
		this.durable = durable;
		this.commands = new PostgresCommands(PostgresBinaries.install(binariesHome()), ProcessOwner.current());
	}

	public synchronized void start() {
		try {
			Files.createDirectories(dataDir);
			lockDataDirectory();
			cluster = ClusterLocation.resolve(dataDir, commands.owner());
			credentials = loadOrCreateCredentials();
			if (!Files.exists(cluster.resolve("PG_VERSION"))) {
				initCluster();
			}
			reapOrphanedServer();
			port = freePort();
			commands.run(Duration.ofSeconds(90), "pg_ctl", "-D", cluster.toString(), "-l",
					cluster.resolve("server.log").toString(), "-w", "-t", "60", "-o", serverOptions(), "start");
			ensureApplicationDatabase();
			log.info("Embedded PostgreSQL 18 listening on 127.0.0.1:{} with data in {}", port, cluster);
		}
		catch (IOException ex) {
			stopQuietly();
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
		catch (RuntimeException ex) {
			stopQuietly();
			throw ex;
		}
	}

	public synchronized void stop() {
		if (port != 0 && cluster != null) {
			commands.run(Duration.ofSeconds(60), "pg_ctl", "-D", cluster.toString(), "-m", "fast", "-w", "stop");
			port = 0;
			log.info("Embedded PostgreSQL stopped");
		}
		releaseLock();
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
	}

	public String username() {
		return APP_ROLE;
	}

	public String password() {
		return credentials.getProperty("app.password");
	}

	private String serverOptions() {
		List<String> options = new ArrayList<>(List.of("-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1",
				"-c", "unix_socket_directories=", "-c", "max_connections=200",
				// Large imports commit their two halves together with two-phase commit (ImportSecondWriter).
				"-c", "max_prepared_transactions=20"));
		// PostgreSQL's stock 128 MB of shared buffers keeps little of a million-contact table in memory: a
		// page read from the OS cache costs about ten times a buffer hit. A quarter of the machine's memory
		// (at most 2 GB) follows the PostgreSQL manual's advice; the memory is only taken as pages are used.
		long memoryMb = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024);
		long sharedBuffersMb = Math.clamp(memoryMb / 4, 128, 2048);
		options.addAll(List.of("-c", "shared_buffers=" + sharedBuffersMb + "MB", "-c",
				"effective_cache_size=" + Math.max(memoryMb / 2, sharedBuffersMb) + "MB", "-c", "work_mem=16MB"));
		if (!durable) {
			options.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
		}
		return String.join(" ", options);
	}

	private void lockDataDirectory() throws IOException {
		Path lockFile = dataDir.resolve(".growthhub.lock");
		lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		try {
			lock = lockChannel.tryLock();
		}
		catch (java.nio.channels.OverlappingFileLockException ex) {
			lock = null; // held by this very JVM
		}
		if (lock == null) {
			String owner = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).trim();
			lockChannel.close();
			throw new DataDirectoryInUseException(dataDir, owner);
		}
		lockChannel.truncate(0);
		lockChannel.write(java.nio.ByteBuffer.wrap(String.valueOf(ProcessHandle.current().pid()).getBytes()));
	}

	private Properties loadOrCreateCredentials() throws IOException {
		Path file = dataDir.resolve("postgres-credentials.properties");
		Properties properties = new Properties();
		if (Files.exists(file)) {
			try (var in = Files.newInputStream(file)) {
				properties.load(in);
			}
			return properties;
		}
		properties.setProperty("superuser.password", randomSecret());
		properties.setProperty("app.password", randomSecret());
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (var out = Files.newOutputStream(file)) {
			properties.store(out, "Generated by GrowthHub for its embedded PostgreSQL. Keep private.");
		}
		return properties;
	}

	private void initCluster() throws IOException {
		Path pwfile = Files.createTempFile(commands.owner().scratchDir(), "pw", ".txt");
		try {
			Files.writeString(pwfile, credentials.getProperty("superuser.password"));
			commands.owner().handOver(pwfile);
			List<String> initdb = new ArrayList<>(List.of("-D", cluster.toString(), "-U", SUPERUSER,
					"--pwfile=" + pwfile, "-A", "scram-sha-256", "-E", "UTF8", "--no-locale"));
			if (!durable) {
				initdb.add("--no-sync");
			}
			commands.run(Duration.ofSeconds(120), "initdb", initdb.toArray(String[]::new));
		}
		finally {
			Files.deleteIfExists(pwfile);
		}
	}

	private void ensureApplicationDatabase() {
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
		try (var connection = DriverManager.getConnection(url, SUPERUSER, credentials.getProperty("superuser.password"));
				var statement = connection.createStatement()) {
			var roles = statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'");
			if (!roles.next()) {
				// Not a superuser and no BYPASSRLS: row-level security applies to everything the app does.
				statement.execute("create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole password '"
						+ credentials.getProperty("app.password") + "'");
			}
			var databases = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!databases.next()) {
				statement.execute("create database " + DATABASE + " owner " + APP_ROLE + " encoding 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded database: " + ex.getMessage(), ex);
		}
		String appDatabase = "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
		try (var connection = DriverManager.getConnection(appDatabase, SUPERUSER, credentials.getProperty("superuser.password"));
				var statement = connection.createStatement()) {
			for (String function : LeakproofFunctions.NAMES) {
				statement.execute("alter function " + function + " leakproof");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded database: " + ex.getMessage(), ex);
		}
	}

	/** A JVM killed with SIGKILL leaves its postmaster running; nobody else can own it while we hold the lock. */
	private void reapOrphanedServer() throws IOException {
		Path pidFile = cluster.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
		boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		if (alive && isPostgres(pid)) {
			log.warn("Stopping PostgreSQL (pid {}) left running by a GrowthHub process that did not shut down", pid);
			commands.run(Duration.ofSeconds(60), "pg_ctl", "-D", cluster.toString(), "-m", "fast", "-w", "stop");
		}
		else {
			log.warn("Removing stale {} from a PostgreSQL that is no longer running", pidFile);
			Files.deleteIfExists(pidFile);
		}
	}

	private static boolean isPostgres(long pid) {
		try {
			return Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).contains("postgres");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void stopQuietly() {
		try {
			stop();
		}
		catch (RuntimeException ex) {
			log.debug("Ignoring a failed stop after a failed start", ex);
		}
	}

	private void releaseLock() {
		try {
			if (lock != null) {
				lock.release();
				lock = null;
			}
			if (lockChannel != null) {
				lockChannel.close();
				lockChannel = null;
			}
		}
		catch (IOException ex) {
			log.debug("Could not release the data directory lock", ex);
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String randomSecret() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static Path binariesHome() {
		return Path.of(System.getProperty("java.io.tmpdir"), "growthhub-postgres");
	}

}
