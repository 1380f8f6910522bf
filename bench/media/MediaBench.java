package media;

import static support.Http.get;
import static support.Http.json;
import static support.Http.send;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import support.AppMetrics;
import support.DemoSignIn;

/**
 * The media benchmark's Java side, run by run.sh. Commands:
 * <ul>
 * <li>{@code generate DIR COUNT}: COUNT photo-like JPEGs of 4000×3000 (50 different pictures; each file also carries its
 * own comment, so no two files are the same bytes)</li>
 * <li>{@code renditions DIR THREADS}: the app's own image processing ({@code ImageRenditions}, read from the app's
 * classes) over every JPEG in DIR on THREADS threads: web version and thumbnail of each</li>
 * <li>{@code upload BASE JDBC USER PASSWORD DIR}: uploads every JPEG through the API (two at a time) and waits until
 * all are ready</li>
 * <li>{@code dashboard BASE JDBC USER PASSWORD SUPERPASSWORD N}: gives the demo organization N more media items (by
 * SQL) and times the uncached dashboard, whose media widgets count them</li>
 * <li>{@code video BASE JDBC USER PASSWORD FILE JCMD PID}: uploads one large file while sampling the app's heap</li>
 * </ul>
 */
public class MediaBench {

	static final int WIDTH = 4000, HEIGHT = 3000, PICTURES = 50;

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]));
			case "renditions" -> renditions(Path.of(args[1]), Integer.parseInt(args[2]));
			case "upload" -> uploadAll(args[1], args[2], args[3], args[4], Path.of(args[5]));
			case "dashboard" -> dashboard(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]));
			case "video" -> video(args[1], args[2], args[3], args[4], Path.of(args[5]), args[6], args[7]);
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	static List<Path> photos(Path dir) throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
		}
	}

	// ---- photos ----

	static void generate(Path dir, int count) throws Exception {
		Files.createDirectories(dir);
		if (photos(dir).size() >= count) {
			System.out.printf("reusing %d photos in %s%n", count, dir);
			return;
		}
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> done = new ArrayList<>();
		for (int picture = 0; picture < PICTURES; picture++) {
			int p = picture;
			done.add(pool.submit(() -> {
				byte[] jpeg = encode(picture(p));
				for (int copy = p; copy < count; copy += PICTURES) {
					Files.write(dir.resolve(String.format("photo-%04d.jpg", copy)), withComment(jpeg, "bench photo " + copy));
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		long bytes = 0;
		for (Path photo : photos(dir)) {
			bytes += Files.size(photo);
		}
		System.out.printf("generated %d photos of %dx%d (%.0f MB) in %.0f s%n", count, WIDTH, HEIGHT, bytes / 1e6,
				(System.nanoTime() - started) / 1e9);
	}

	/** Soft gradients, shapes and grain: compresses about like a photo (a few MB at quality 0.9). */
	static BufferedImage picture(int seed) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), WIDTH, HEIGHT, new Color(random.nextInt(0xffffff))));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		for (int i = 0; i < 400; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 40 + random.nextInt(160)));
			g.setStroke(new BasicStroke(1 + random.nextInt(12)));
			int x = random.nextInt(WIDTH), y = random.nextInt(HEIGHT), w = 20 + random.nextInt(900), h = 20 + random.nextInt(700);
			switch (i % 3) {
				case 0 -> g.fillOval(x, y, w, h);
				case 1 -> g.drawLine(x, y, x + w - 450, y + h - 350);
				default -> g.fillRect(x, y, w / 3, h / 3);
			}
		}
		g.dispose();
		int[] row = new int[WIDTH];
		for (int y = 0; y < HEIGHT; y++) {
			image.getRGB(0, y, WIDTH, 1, row, 0, WIDTH);
			for (int x = 0; x < WIDTH; x++) {
				int grain = random.nextInt(17) - 8;
				int r = clamp(((row[x] >> 16) & 255) + grain), gr = clamp(((row[x] >> 8) & 255) + grain), b = clamp((row[x] & 255) + grain);
				row[x] = (r << 16) | (gr << 8) | b;
			}
			image.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
		}
		return image;
	}

	static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	static byte[] encode(BufferedImage image) throws Exception {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0.9f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		writer.dispose();
		return out.toByteArray();
	}

	/** The same JPEG with a COM segment right after SOI: other bytes, the same pixels. */
	static byte[] withComment(byte[] jpeg, String comment) {
		byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
		byte[] out = new byte[jpeg.length + 4 + text.length];
		out[0] = jpeg[0];
		out[1] = jpeg[1];
		out[2] = (byte) 0xFF;
		out[3] = (byte) 0xFE;
		out[4] = (byte) ((text.length + 2) >> 8);
		out[5] = (byte) (text.length + 2);
		System.arraycopy(text, 0, out, 6, text.length);
		System.arraycopy(jpeg, 2, out, 6 + text.length, jpeg.length - 2);
		return out;
	}

	// ---- the app's processing, in-process ----

	static void renditions(Path dir, int threads) throws Exception {
		Class<?> settingsType = Class.forName("com.growthhub.media.internal.MediaSettings");
		Object settings = settingsType.getDeclaredConstructors()[0].newInstance(
				org.springframework.util.unit.DataSize.ofGigabytes(1), 1600, 320, 120_000_000L, "ffmpeg", "ffprobe",
				Duration.ofMinutes(2));
		Class<?> type = Class.forName("com.growthhub.media.internal.ImageRenditions");
		Constructor<?> constructor = type.getDeclaredConstructor(settingsType);
		constructor.setAccessible(true);
		Object renditions = constructor.newInstance(settings);
		Method render = type.getDeclaredMethod("render", Path.class, Path.class);
		render.setAccessible(true);
		List<Path> photos = photos(dir);
		Path work = Files.createTempDirectory("media-bench-");
		// Warm the JIT on a few images first, as a running app would be.
		for (int i = 0; i < Math.min(10, photos.size()); i++) {
			Path out = Files.createDirectories(work.resolve("warm-" + i));
			render.invoke(renditions, photos.get(i), out);
		}
		ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(photos);
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			done.add(pool.submit(() -> {
				Path photo;
				while ((photo = queue.poll()) != null) {
					Path out = Files.createDirectories(work.resolve(photo.getFileName().toString()));
					render.invoke(renditions, photo, out);
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("app processing (web 1600 px + thumbnail 320 px, in-process, %d threads): %d photos in %.1f s = %.1f images/s%n",
				threads, photos.size(), seconds, photos.size() / seconds);
		try (Stream<Path> files = Files.walk(work)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	// ---- through the running app ----

	static void uploadAll(String base, String jdbc, String user, String password, Path dir) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String token;
		try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
			token = signIn(http, base, db);
		}
		List<Path> photos = photos(dir);
		ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(photos);
		ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			done.add(pool.submit(() -> {
				Path photo;
				while ((photo = queue.poll()) != null) {
					ids.add(field(upload(http, base, token, photo, "image/jpeg"), "id"));
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		double uploaded = (System.nanoTime() - started) / 1e9;
		int ready;
		do {
			Thread.sleep(2000);
			ready = count(http, base, token, "ready");
			if (count(http, base, token, "failed") > 0) {
				throw new IllegalStateException("some photos failed");
			}
		}
		while (ready < photos.size());
		double all = (System.nanoTime() - started) / 1e9;
		System.out.printf("through the app (upload 2 at a time, processing job, store): %d photos uploaded in %.1f s, all ready after %.1f s = %.1f images/s%n",
				photos.size(), uploaded, all, photos.size() / all);
	}

	static int count(HttpClient http, String base, String token, String status) throws Exception {
		int total = 0;
		String cursor = null;
		do {
			String page = send(http, get(base + "/api/v1/media?limit=200&status=" + status + (cursor == null ? "" : "&cursor=" + cursor),
					token)).body();
			if (!page.contains("\"items\"")) {
				throw new IllegalStateException("the list answered " + page);
			}
			Matcher ids = Pattern.compile("\"type\":\"image\"").matcher(page);
			while (ids.find()) {
				total++;
			}
			Matcher next = Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(page);
			cursor = next.find() ? next.group(1) : null;
		}
		while (cursor != null);
		return total;
	}

	/**
	 * Uploads one large file and samples the app's heap every 50 ms meanwhile; "at rest" and "after" are read right
	 * after a full collection ({@code jcmd <pid> GC.run}), so they hold what the app keeps, not garbage.
	 */
	static void video(String base, String jdbc, String user, String password, Path file, String jcmd, String pid)
			throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String token;
		try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
			token = signIn(http, base, db);
		}
		long rest = collectedHeap(http, base, jcmd, pid);
		AtomicLong peak = new AtomicLong(rest);
		Thread sampler = Thread.ofVirtual().start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try {
					peak.accumulateAndGet(AppMetrics.heapUsed(http, base), Math::max);
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (Exception ex) {
					// skipped sample
				}
			}
		});
		long started = System.nanoTime();
		String id = field(upload(http, base, token, file, "video/mp4"), "id");
		double uploaded = (System.nanoTime() - started) / 1e9;
		String item;
		do {
			Thread.sleep(250);
			item = send(http, get(base + "/api/v1/media/" + id, token)).body();
		}
		while (item.contains("\"status\":\"processing\""));
		double ready = (System.nanoTime() - started) / 1e9;
		sampler.interrupt();
		sampler.join();
		long after = collectedHeap(http, base, jcmd, pid);
		System.out.printf("video of %.0f MB: uploaded in %.1f s, %s after %.1f s (duration %s ms, poster %s)%n",
				Files.size(file) / 1e6, uploaded, field(item, "status"), ready, field(item, "durationMs"),
				item.contains("\"thumb\"") ? "yes" : "no");
		System.out.printf("heap: %.0f MB at rest, peak %.0f MB while uploading and processing = %.0f MB more (target < 64 MB); "
				+ "%.0f MB after, once collected%n", rest / 1e6, peak.get() / 1e6, (peak.get() - rest) / 1e6, after / 1e6);
	}

	static long collectedHeap(HttpClient http, String base, String jcmd, String pid) throws Exception {
		Process gc = new ProcessBuilder(jcmd, pid, "GC.run").redirectErrorStream(true).start();
		gc.getInputStream().readAllBytes();
		gc.waitFor();
		return AppMetrics.heapUsed(http, base);
	}

	static void dashboard(String base, String jdbc, String user, String password, String superPassword, int items)
			throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String token;
		try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
			token = signIn(http, base, db);
		}
		String me = send(http, get(base + "/api/v1/me", token)).body();
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(jdbc, "postgres", superPassword); var statement = db.createStatement()) {
			statement.execute("insert into media_items (id, organization_id, owner_id, name, media_type, content_type, size_bytes, "
					+ "original_file_id, status, created_at) select gen_random_uuid(), '" + field(me, "organizationId") + "', '"
					+ field(me, "id") + "', 'bench ' || g || '.jpg', (array['IMAGE','VIDEO','AUDIO','DOCUMENT'])[1 + g % 4], "
					+ "'image/jpeg', 1000 + g, gen_random_uuid(), 'READY', now() - (g || ' minutes')::interval "
					+ "from generate_series(1, " + items + ") g");
			statement.execute("vacuum analyze media_items");
		}
		System.out.printf("added %,d media items to the demo organization in %.1f s%n", items, (System.nanoTime() - started) / 1e9);
		for (int i = 0; i < 10; i++) {
			send(http, get(base + "/api/v1/dashboard", token));
		}
		List<Double> times = new ArrayList<>();
		String answer = "";
		for (int i = 0; i < 60; i++) {
			long t = System.nanoTime();
			answer = send(http, get(base + "/api/v1/dashboard", token)).body();
			times.add((System.nanoTime() - t) / 1e6);
		}
		times.sort(null);
		Matcher total = Pattern.compile("\"mediaDrops\":\\{\"total\":([0-9]+)").matcher(answer);
		System.out.printf("dashboard (every widget, uncached media figures) with %s media items: p50 %.1f ms, p95 %.1f ms%n",
				total.find() ? total.group(1) : "?", times.get(times.size() / 2), times.get((int) (times.size() * 0.95)));
	}

	// ---- HTTP ----

	static String upload(HttpClient http, String base, String token, Path file, String type) throws Exception {
		String boundary = "bench" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/media")).header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/** Signs the demo owner in: a personal API token (see below). */
	static String signIn(HttpClient http, String base, Connection db) throws Exception {
		return apiToken(http, base, DemoSignIn.accessToken(http, base, db));
	}

	/** A personal API token: an access token lasts 15 minutes, less than a slow run takes. */
	static String apiToken(HttpClient http, String base, String access) throws Exception {
		return field(send(http, json(base + "/api/v1/api-tokens", "{\"name\":\"media bench\"}", access)).body(), "secret");
	}

	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}
}
