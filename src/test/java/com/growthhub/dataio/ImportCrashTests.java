package com.growthhub.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.growthhub.GrowthHubApplication;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.database.EmbeddedPostgres;
import com.growthhub.platform.database.SharedTestDatabase;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

import tools.jackson.databind.JsonNode;

/**
 * A second node, a real process, imports a file and is killed with SIGKILL in the middle. Nothing of the
 * import is applied; the job system notices the dead node, runs the job again on this node, and the
 * result is exactly that of an import that never crashed.
 */
class ImportCrashTests extends IdentityTestSupport {

	/**
	 * More rows than the import reads before its first progress report (10,000), so that report comes from the
	 * middle of the file; {@link HeldImportRow} stops the import there, however fast the machine.
	 */
	static final int ROWS = 15_000;

	/** A second JVM starting beside a running suite on two busy cores has been seen to need well over a minute. */
	private static final Duration NODE_START = Duration.ofMinutes(4);

	@Autowired
	Scheduler scheduler;

	@Test
	void aKilledImportAppliesNothingAndThenFinishesExactlyOnce() throws Exception {
		String email = uniqueEmail("crash");
		registerVerified(email);
		String token = accessToken(email);
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Before", "email", "before@example.com")), token);

		Path csv = peopleCsv("p", "crash", "212");

		int port = freePort();
		Process node = startNode(port);
		// This node runs no jobs until the other one has died, so the import surely starts over there.
		scheduler.pause();
		try {
			await().atMost(NODE_START).until(() -> healthy(port));
			String id = ImportUpload.post(port, token, new FileSystemResource(csv), Map.of()).body().path("id").asString();
			killMidway(node, id);

			JsonNode midway = api().get("/api/v1/imports/" + id, token).body();
			assertThat(midway.path("status").asString()).isEqualTo("processing");
			assertThat(midway.path("totals").path("processed").asLong()).isLessThan(ROWS);
			assertThat(api().get("/api/v1/contacts?q=crash.example.com&limit=5", token).body().path("items").size())
				.as("nothing applied").isZero();

			scheduler.resume();
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
				.until(() -> api().get("/api/v1/imports/" + id, token).text("status").equals("completed"));
			JsonNode done = api().get("/api/v1/imports/" + id, token).body();
			assertThat(done.path("totals").path("created").asLong()).isEqualTo(ROWS);
			assertThat(done.path("totals").path("failed").asLong()).isZero();
			long stored = transactions.call(TenantScope.system(new Actor.Job("test")),
					() -> jdbc.sql("select count(*) from contacts where email like '%@crash.example.com'").query(Long.class).single());
			assertThat(stored).as("every row exactly once").isEqualTo(ROWS);
		}
		finally {
			scheduler.resume();
			node.destroyForcibly();
			Files.deleteIfExists(csv);
		}
	}

	/**
	 * The killed node starts again on its port with dead-node detection pushed out of reach (1,000 missed heartbeats,
	 * and its last heartbeat moved into the future for the other nodes) and this node runs no jobs: the import can
	 * only finish because the restarted node takes back, at start, the job its previous life had picked.
	 */
	@Test
	void aNodeRestartedAfterACrashTakesBackItsImportAtOnce() throws Exception {
		String email = uniqueEmail("restart");
		registerVerified(email);
		String token = accessToken(email);
		int rows = ROWS;
		Path csv = peopleCsv("r", "restart", "313");
		int port = freePort();
		scheduler.pause();
		Process node = startNode(port);
		try {
			await().atMost(NODE_START).until(() -> healthy(port));
			String id = ImportUpload.post(port, token, new FileSystemResource(csv), Map.of()).body().path("id").asString();
			killMidway(node, id);
			// Holds off the other nodes' dead-node detection (this JVM's scheduler would otherwise release the job
			// after four missed heartbeats): only the restarted node's own take-back can free it now.
			int held = jdbc.sql("""
					update scheduled_tasks set last_heartbeat = now() + interval '1 hour'
					where picked and picked_by like '%:' || ?
					""").param(String.valueOf(port)).update();
			assertThat(held).as("the killed node had the import picked under its host:port name").isEqualTo(1);
			assertThat(api().get("/api/v1/imports/" + id, token).text("status")).isEqualTo("processing");

			node = startNode(port, 1000);
			await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
				.until(() -> api().get("/api/v1/imports/" + id, token).text("status").equals("completed"));
			assertThat(api().get("/api/v1/imports/" + id, token).body().path("totals").path("created").asLong())
				.isEqualTo(rows);
		}
		finally {
			scheduler.resume();
			node.destroyForcibly();
			Files.deleteIfExists(csv);
		}
	}

	/**
	 * Kills the node while its import is stopped before its transaction could commit: at its first progress report
	 * (10,000 of {@link #ROWS} rows), or at its completion if it got there before the row was held.
	 */
	private void killMidway(Process node, String importId) throws Exception {
		try (HeldImportRow held = HeldImportRow.whileProcessing(jdbc, transactions, importId, Duration.ofSeconds(60))) {
			held.awaitImportStopped(Duration.ofSeconds(60));
			node.destroyForcibly().waitFor();
		}
	}

	/** {@link #ROWS} distinct people at {@code <prefix><n>@<name>.example.com} with phones in area {@code area}. */
	private static Path peopleCsv(String prefix, String name, String area) throws Exception {
		Path csv = Files.createTempFile(name + "-", ".csv");
		StringBuilder content = new StringBuilder("firstName,email,company,lastName,phone\n");
		String lastName = Character.toUpperCase(name.charAt(0)) + name.substring(1);
		for (int i = 1; i <= ROWS; i++) {
			content.append("Person").append(i).append(',').append(prefix).append(i).append('@').append(name)
				.append(".example.com,Company ").append(i % 100).append(',').append(lastName).append(",+1 ").append(area)
				.append(' ').append(200 + i / 10_000).append(' ').append(String.format("%04d", i % 10_000)).append('\n');
		}
		Files.writeString(csv, content, StandardCharsets.UTF_8);
		return csv;
	}

	private Process startNode(int port) throws Exception {
		return startNode(port, 4);
	}

	private Process startNode(int port, int missedHeartbeatsLimit) throws Exception {
		EmbeddedPostgres postgres = SharedTestDatabase.get();
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				GrowthHubApplication.class.getName(), "--server.port=" + port, "--spring.datasource.url=" + postgres.jdbcUrl(),
				"--spring.datasource.username=" + postgres.username(), "--spring.datasource.password=" + postgres.password(),
				"--growthhub.demo-data=false", "--growthhub.identity.ip-limit=100000", "--growthhub.contacts.import-second-writer-from=2", "--management.server.port=-1",
				"--logging.structured.format.console=", "--db-scheduler.polling-interval=200ms",
				"--db-scheduler.heartbeat-interval=1s", "--db-scheduler.missed-heartbeats-limit=" + missedHeartbeatsLimit));
		Path log = Files.createTempFile("crash-node-", ".log");
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
			.directory(new File(System.getProperty("user.dir"))).start();
	}

	private static boolean healthy(int port) {
		try {
			return new ApiClient(port).get("/api/v1/me", null).status() == 401;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
