package com.growthhub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Reads a Server-Sent Events stream in the background, event by event, so a test can await the next
 * event of a name instead of sleeping. Opening waits for the server's first ("ready") event.
 */
public final class SseTestClient implements AutoCloseable {

	/** One event as the server sent it. */
	public record Event(String name, String data) {
	}

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
	private final HttpClient http = HttpClient.newHttpClient();
	private volatile @Nullable Stream<String> lines;

	private SseTestClient() {
	}

	/** Opens {@code url} with the given headers (a bearer token or a session cookie) and waits until it is live. */
	public static SseTestClient open(String url, Map<String, String> headers) throws Exception {
		SseTestClient client = new SseTestClient();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
		headers.forEach(request::header);
		HttpResponse<Stream<String>> response = client.http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		client.lines = response.body();
		Thread.ofVirtual().start(client::read);
		client.next("ready", Duration.ofSeconds(10));
		return client;
	}

	private void read() {
		String name = "message";
		StringBuilder data = new StringBuilder();
		try {
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.isEmpty()) {
					if (!data.isEmpty()) {
						events.add(new Event(name, data.toString()));
					}
					name = "message";
					data.setLength(0);
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
				}
			}
		}
		catch (RuntimeException ex) {
			// the stream was closed
		}
	}

	/** The next event with this name, skipping others; fails after {@code timeout}. */
	public Event next(String name, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (event == null) {
				throw new AssertionError("No '" + name + "' event within " + timeout);
			}
			if (event.name().equals(name)) {
				return event;
			}
		}
	}

	/**
	 * The next event with this name and data, skipping others: an event published just before the stream opened
	 * may still arrive after its first event, carrying the value that first event already showed.
	 */
	public Event next(String name, String data, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Event event = next(name, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
			if (event.data().equals(data)) {
				return event;
			}
		}
	}

	@Override
	public void close() throws IOException {
		Stream<String> open = lines;
		if (open != null) {
			open.close();
		}
		http.close();
	}
}
