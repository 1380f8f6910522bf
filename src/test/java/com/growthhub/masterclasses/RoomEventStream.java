package com.growthhub.masterclasses;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import com.growthhub.SseTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live room's event stream as a test reads it: the room sends what happened as 'batch' events (lists of
 * {event, data}); this hands them out one by one, by name, as if each had been its own event.
 */
final class RoomEventStream implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SseTestClient stream;
	private final Deque<SseTestClient.Event> unpacked = new ArrayDeque<>();

	private RoomEventStream(SseTestClient stream) {
		this.stream = stream;
	}

	static RoomEventStream open(String url) throws Exception {
		return new RoomEventStream(SseTestClient.open(url, Map.of()));
	}

	/** The first 'viewers' event, sent on its own when the stream opens. */
	SseTestClient.Event opening(Duration timeout) throws InterruptedException {
		return stream.next("viewers", timeout);
	}

	/** The next event with this name out of the batches, skipping others. */
	SseTestClient.Event next(String name, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			while (!unpacked.isEmpty()) {
				SseTestClient.Event event = unpacked.poll();
				if (event.name().equals(name)) {
					return event;
				}
			}
			SseTestClient.Event batch = stream.next("batch", Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
			for (JsonNode item : JSON.readTree(batch.data())) {
				unpacked.add(new SseTestClient.Event(item.path("event").asString(), item.path("data").toString()));
			}
		}
	}

	@Override
	public void close() throws Exception {
		stream.close();
	}
}
