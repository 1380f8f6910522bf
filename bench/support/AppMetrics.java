package support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures the running app reports about itself. */
public final class AppMetrics {

	private AppMetrics() {
	}

	/** The heap in use, every heap pool, in bytes, from the app's Prometheus endpoint: one cheap HTTP call. */
	public static long heapUsed(HttpClient http, String base) throws Exception {
		String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		long used = 0;
		Matcher m = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\"[^}]*\\} ([0-9.E+]+)").matcher(metrics);
		while (m.find()) {
			used += (long) Double.parseDouble(m.group(1));
		}
		return used;
	}

	/** The whole Prometheus page, to read several figures of one moment with {@link #value}. */
	public static String scrape(HttpClient http, String base) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	/** The sum of every series of one metric (any labels) in a scrape; 0 when it is not there. */
	public static double value(String scrape, String metric) {
		double sum = 0;
		Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*\\})? ([0-9.E+-]+)$").matcher(scrape);
		while (m.find()) {
			sum += Double.parseDouble(m.group(2));
		}
		return sum;
	}
}
