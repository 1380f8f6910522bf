package billing;

import static support.DemoSignIn.accessToken;
import static support.Http.sendUnchecked;
import static support.Json.field;
import static support.Latencies.ms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issues N drafts of the demo organization from C concurrent clients and checks that the numbers they got are N
 * distinct, consecutive sequence values; then times the PDF of P of them. Arguments: baseUrl jdbcUrl user password
 * invoices concurrency pdfs.
 */
public class IssueBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int invoices = Integer.parseInt(args[4]);
		int concurrency = Integer.parseInt(args[5]);
		int pdfs = Integer.parseInt(args[6]);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String token;
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			token = accessToken(http, base, db);
		}
		String contact = field(sendUnchecked(http, jsonWith(token, base + "/api/v1/contacts", """
				{"firstName":"Bench","lastName":"Customer","email":"bench-customer@example.com","phone":"+14155550123"}
				""")).body(), "id");

		List<String> drafts = new ArrayList<>();
		long created = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<String>> ids = new ArrayList<>();
			for (int i = 0; i < invoices; i++) {
				int n = i;
				ids.add(pool.submit(() -> field(sendUnchecked(http, jsonWith(token, base + "/api/v1/invoices", """
						{"contactId":"%s","currency":"EUR","lines":[
						  {"description":"Consulting, day %d","quantity":"1.5","unitPriceCents":80000,"taxRate":"19"},
						  {"description":"Travel","quantity":"1","unitPriceCents":%d,"taxRate":"7","discountPercent":"10"}]}
						""".formatted(contact, n, 1000 + n))).body(), "id")));
			}
			for (Future<String> id : ids) {
				drafts.add(id.get());
			}
		}
		System.out.printf("created %,d drafts in %.1f s%n", invoices, (System.nanoTime() - created) / 1e9);

		java.util.concurrent.atomic.AtomicInteger retries = new java.util.concurrent.atomic.AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> numbers = new ArrayList<>();
		long t0;
		List<String> issued = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
			for (String draft : drafts) {
				numbers.add(pool.submit(() -> {
					start.await();
					HttpResponse<String> response = sendUnchecked(http, jsonWith(token, base + "/api/v1/invoices/" + draft + "/issue", ""));
					// 503: every database connection was busy for the pool's 2 s patience; the issue did not happen (and
					// took no number), so a client tries again, as the answer says.
					for (int attempt = 0; response.statusCode() == 503 && attempt < 50; attempt++) {
						retries.incrementAndGet();
						Thread.sleep(100);
						response = sendUnchecked(http, jsonWith(token, base + "/api/v1/invoices/" + draft + "/issue", ""));
					}
					if (response.statusCode() != 200) {
						throw new IllegalStateException("issue answered " + response.statusCode() + ": " + response.body());
					}
					return field(response.body(), "number");
				}));
			}
			t0 = System.nanoTime();
			start.countDown();
			for (Future<String> number : numbers) {
				issued.add(number.get());
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		TreeSet<Long> sequence = new TreeSet<>();
		for (String number : issued) {
			sequence.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
		}
		boolean gapless = sequence.size() == invoices && sequence.last() - sequence.first() == invoices - 1;
		System.out.printf("issued %,d invoices from %d clients in %.2f s: %.0f invoices/s (%d retries after 503); %,d distinct"
				+ " numbers %s..%s, %s%n", invoices, concurrency, seconds, invoices / seconds, retries.get(), sequence.size(),
				sequence.first(), sequence.last(), gapless ? "gapless" : "WITH GAPS OR DUPLICATES");
		if (!gapless) {
			System.exit(1);
		}

		long[] times = new long[Math.min(pdfs, invoices)];
		for (int i = -10; i < times.length; i++) {
			String id = drafts.get(Math.max(0, i));
			long t = System.nanoTime();
			HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/invoices/" + id + "/pdf"))
				.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			long elapsed = System.nanoTime() - t;
			if (pdf.statusCode() != 200 || pdf.body().length < 1000) {
				throw new IllegalStateException("pdf answered " + pdf.statusCode());
			}
			if (i >= 0) {
				times[i] = elapsed;
			}
		}
		Arrays.sort(times);
		System.out.printf("PDF of one invoice (GET /api/v1/invoices/{id}/pdf, %d runs): p50 %.1f ms  p95 %.1f ms  -> %.0f PDFs/s on one client%n",
				times.length, ms(times, 0.50), ms(times, 0.95), 1000 / ms(times, 0.50));
	}

	/** A JSON POST with the token (an empty body sends none, as the issue action takes). */
	static HttpRequest.Builder jsonWith(String token, String url, String body) {
		return support.Http.bearer(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)), token);
	}
}
