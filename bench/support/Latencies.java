package support;

import static support.Http.send;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.function.Supplier;

/** Timing requests and reading percentiles off the samples, in milliseconds. */
public final class Latencies {

	private Latencies() {
	}

	/** One request's time in nanoseconds; an answer other than 200 fails the run. */
	public static long time(HttpClient http, HttpRequest.Builder request) {
		try {
			long start = System.nanoTime();
			HttpResponse<String> response = send(http, request);
			long took = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return took;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Calls warmup times untimed, then runs times: those results, sorted. */
	public static long[] sample(Supplier<Long> call, int warmup, int runs) {
		for (int i = 0; i < warmup; i++) {
			call.get();
		}
		long[] samples = new long[runs];
		for (int i = 0; i < runs; i++) {
			samples[i] = call.get();
		}
		Arrays.sort(samples);
		return samples;
	}

	/** The q quantile (nearest rank) of sorted nanoseconds, in milliseconds. */
	public static double ms(long[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
	}

	/** Samples the call and prints one line: the name in a column of that width, p50 and p95. */
	public static void report(String name, int width, int warmup, int runs, Supplier<Long> call) {
		long[] sorted = sample(call, warmup, runs);
		System.out.printf("%-" + width + "s p50 %7.1f ms   p95 %7.1f ms%n", name, sorted[runs / 2] / 1e6, ms(sorted, 0.95));
	}
}
