package files;

import static support.Http.get;
import static support.Json.field;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicLong;

import support.DemoSignIn;

/**
 * Uploads one large receipt through the API while sampling the app's heap (its Prometheus endpoint, every 50 ms);
 * prints rest (after a full GC, by jcmd), peak and growth. Args: base URL, JDBC URL, user, password, megabytes, app pid,
 * jstat path (jcmd beside it), data directory.
 */
public class FilesBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long bytes = Long.parseLong(args[4]) * 1024 * 1024;
		String pid = args[5];
		String jstat = args[6];
		Path file = Path.of(args[7]).resolve("bench-receipt.pdf");
		try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
			out.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
			out.setLength(bytes);
		}
		String token;
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			token = DemoSignIn.accessToken(HttpClient.newHttpClient(), base, db);
		}
		// A warm-up upload, so class loading and the first JIT work are not counted as the upload's memory.
		upload(base, token, smallPdf(file.getParent()));
		run(jstat.replace("jstat", "jcmd"), pid, "GC.run");
		long rest = heapUsed(base);

		AtomicLong peak = new AtomicLong(rest);
		AtomicLong samples = new AtomicLong();
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try {
					peak.accumulateAndGet(heapUsed(base), Math::max);
					samples.incrementAndGet();
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (Exception ex) {
					// a sample missed while jstat attached; the next one counts
				}
			}
		});
		long started = System.nanoTime();
		HttpResponse<String> answer = upload(base, token, file);
		long millis = (System.nanoTime() - started) / 1_000_000;
		sampler.interrupt();
		sampler.join();
		Files.deleteIfExists(file);
		if (answer.statusCode() != 201) {
			throw new IllegalStateException("The upload answered " + answer.statusCode() + ": " + answer.body());
		}
		String id = field(answer.body(), "id");
		HttpResponse<String> ranged = HttpClient.newHttpClient().send(get(base + "/api/v1/expenses/" + id + "/receipt", token)
			.header("Range", "bytes=0-8").build(), HttpResponse.BodyHandlers.ofString());
		long growth = peak.get() - rest;
		System.out.printf("uploaded %d MB in %.1f s (%.0f MB/s); stored as %s, served back by range: %d %s%n",
				bytes / 1024 / 1024, millis / 1000.0, bytes / 1024.0 / 1024 / (millis / 1000.0), field(answer.body(), "contentType"),
				ranged.statusCode(), ranged.body().strip());
		if (samples.get() < 10) {
			throw new IllegalStateException("Only " + samples.get() + " heap samples were taken during the upload");
		}
		System.out.printf("heap at rest %.1f MB, peak during the upload %.1f MB (%d samples): growth %.1f MB (target < 64 MB) %s%n",
				rest / 1048576.0, peak.get() / 1048576.0, samples.get(), growth / 1048576.0,
				growth < 64L * 1024 * 1024 ? "PASS" : "FAIL");
	}

	/** The heap in use (every heap pool) as the app's own Prometheus endpoint reports it: one cheap HTTP call. */
	static long heapUsed(String base) throws Exception {
		String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		double used = 0;
		for (String line : metrics.split("\n")) {
			if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
				used += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return (long) used;
	}

	static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return out;
	}

	static Path smallPdf(Path folder) throws IOException {
		Path small = folder.resolve("bench-small.pdf");
		Files.writeString(small, "%PDF-1.4\n" + "x".repeat(100_000));
		return small;
	}

	/** A multipart body streamed from the file: the receipt part and a title. */
	static HttpResponse<String> upload(String base, String token, Path file) throws Exception {
		String boundary = "bench" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nLarge scan\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"receipt\"; filename=\"scan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/expenses"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
			.build();
		return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
			.send(request, HttpResponse.BodyHandlers.ofString());
	}
}
