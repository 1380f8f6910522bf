package forms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import support.AppMetrics;

/**
 * The timed phase cut into windows of a few seconds, so a cold start, a GC pause or the processor's share of the cores
 * shows where in the run it happened instead of melting into one percentile. While the run goes, a sampler records at
 * each window's end what the machine and the app did in it: CPU of the app, of PostgreSQL, of this client and of the
 * whole machine (from /proc), the load average, the app's GC pauses, waits for a pooled connection, the intake's
 * queued-to-committed wait, and how many submissions the processor finished. At the end each window gets the
 * acceptance latencies of the submissions sent in it.
 */
final class AcceptanceWindows implements AutoCloseable {

	/** What the machine and the app did during one window. */
	private record Sample(double seconds, double appCpu, double postgresCpu, double clientCpu, double machineCpu,
			String load, double gcMs, double acquires, double acquireWaitMs, double commitWaitMs, long processed) {
	}

	private final long start;
	private final long windowNanos;
	private final HttpClient http;
	private final String base;
	private final Statement db;
	private final long appPid;
	private final List<Sample> samples = new ArrayList<>();
	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "window-sampler");
		thread.setDaemon(true);
		return thread;
	});
	private long lastAt;
	private long[] lastCpu;
	private long[] lastMachine;
	private String lastScrape;
	private long lastProcessed;

	/** Starts sampling now; db must be allowed to read every organization's queue ({@code app.system} on). */
	AcceptanceWindows(long start, int windowSeconds, HttpClient http, String base, Statement db, long appPid)
			throws Exception {
		this.start = start;
		this.windowNanos = TimeUnit.SECONDS.toNanos(windowSeconds);
		this.http = http;
		this.base = base;
		this.db = db;
		this.appPid = appPid;
		this.lastAt = System.nanoTime();
		this.lastCpu = cpuTicks();
		this.lastMachine = machineTicks();
		this.lastScrape = AppMetrics.scrape(http, base);
		this.lastProcessed = processed();
		sampler.scheduleAtFixedRate(this::sample, windowNanos - (System.nanoTime() - start), windowNanos,
				TimeUnit.NANOSECONDS);
	}

	private synchronized void sample() {
		try {
			long now = System.nanoTime();
			long[] cpu = cpuTicks();
			long[] machine = machineTicks();
			String scrape = AppMetrics.scrape(http, base);
			long processed = processed();
			double ticks = (now - lastAt) / 1e9 * 100; // USER_HZ: 100 ticks a second per core
			double machineBusy = 100.0 * (machine[0] - lastMachine[0]) / Math.max(1, machine[1] - lastMachine[1]) * 2;
			double acquires = delta(scrape, "hikaricp_connections_acquire_seconds_count");
			double commits = delta(scrape, "growthhub_forms_intake_commit_seconds_count");
			samples.add(new Sample((now - start) / 1e9, 100 * (cpu[0] - lastCpu[0]) / ticks,
					100 * (cpu[1] - lastCpu[1]) / ticks, 100 * (cpu[2] - lastCpu[2]) / ticks, machineBusy,
					Files.readString(Path.of("/proc/loadavg")).split(" ")[0],
					delta(scrape, "jvm_gc_pause_seconds_sum") * 1000, acquires,
					acquires == 0 ? 0 : delta(scrape, "hikaricp_connections_acquire_seconds_sum") * 1000 / acquires,
					commits == 0 ? 0 : delta(scrape, "growthhub_forms_intake_commit_seconds_sum") * 1000 / commits,
					processed - lastProcessed));
			lastAt = now;
			lastCpu = cpu;
			lastMachine = machine;
			lastScrape = scrape;
			lastProcessed = processed;
		}
		catch (Exception ex) {
			System.out.println("  (window sample failed: " + ex + ")");
		}
	}

	private double delta(String scrape, String metric) {
		return AppMetrics.value(scrape, metric) - AppMetrics.value(lastScrape, metric);
	}

	private long processed() throws Exception {
		try (ResultSet rows = db.executeQuery("select count(*) from form_submissions where status = 'processed'")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** CPU ticks (user + system) so far of the app, of every PostgreSQL process, and of this client. */
	private long[] cpuTicks() throws IOException {
		long app = appPid > 0 ? ticks(Path.of("/proc/" + appPid + "/stat")) : 0;
		long postgres = 0;
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					if (Files.readString(process.resolve("comm")).strip().equals("postgres")) {
						postgres += ticks(process.resolve("stat"));
					}
				}
				catch (IOException gone) {
					// The process ended between the listing and the read.
				}
			}
		}
		return new long[] { app, postgres, ticks(Path.of("/proc/self/stat")) };
	}

	private static long ticks(Path stat) throws IOException {
		String text = Files.readString(stat);
		String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** The machine's busy and total ticks from the first line of /proc/stat (idle and iowait are not busy). */
	private static long[] machineTicks() throws IOException {
		String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
		long total = 0;
		for (int i = 1; i < fields.length; i++) {
			total += Long.parseLong(fields[i]);
		}
		return new long[] { total - Long.parseLong(fields[4]) - Long.parseLong(fields[5]), total };
	}

	/** Stops sampling after one last (partial) window. */
	@Override
	public void close() {
		sampler.shutdownNow();
		sample();
	}

	/**
	 * Prints a line per window: the latencies (from due, or from sent, to the answer) of the submissions sent in it,
	 * beside what the sampler saw in the same window.
	 * @param sentAt each submission's due (or send) time, nanoseconds since the start
	 */
	synchronized void print(long[] sentAt, long[] latencies) {
		System.out.println("  per window: sent, acceptance p50/p95/max ms | CPU % of one core: app, postgres, this client, "
				+ "machine (of 200) | load | GC ms | connection acquires, mean wait ms | intake commit wait ms | processed");
		double from = 0;
		for (Sample sample : samples) {
			List<Long> in = new ArrayList<>();
			for (int i = 0; i < sentAt.length; i++) {
				double at = sentAt[i] / 1e9;
				if (at >= from && at < sample.seconds() && latencies[i] > 0) {
					in.add(latencies[i]);
				}
			}
			long[] sorted = in.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("  %5.0f–%-5.0f s %6d  %7.1f %7.1f %7.1f | %4.0f %4.0f %4.0f %4.0f | %5s | %5.0f | %6.0f %6.1f | %6.1f | %5d%n",
					from, sample.seconds(), sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.95),
					sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, sample.appCpu(), sample.postgresCpu(),
					sample.clientCpu(), sample.machineCpu(), sample.load(), sample.gcMs(), sample.acquires(),
					sample.acquireWaitMs(), sample.commitWaitMs(), sample.processed());
			from = sample.seconds();
		}
	}

	private static double quantile(long[] sorted, double q) {
		return sorted.length == 0 ? 0
				: sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
	}
}
