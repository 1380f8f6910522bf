package com.growthhub.masterclasses.internal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.growthhub.platform.realtime.LiveUpdates;

/** The room's fan-out: a broken or stuck viewer is dropped and never holds up the others; batches keep their order. */
class RoomViewerTests {

	private final ExecutorService writers = Executors.newFixedThreadPool(2);
	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		release.countDown();
		writers.shutdownNow();
	}

	@Test
	void aStuckViewerIsDroppedWhileAnotherOnTheSamePoolGetsEveryEventInOrder() {
		List<String> received = new CopyOnWriteArrayList<>();
		AtomicInteger dropped = new AtomicInteger();
		RoomViewer stuck = new RoomViewer(new Recording(event -> waitFor(release)), writers::execute, dropped::incrementAndGet);
		RoomViewer fast = new RoomViewer(new Recording(received::add), writers::execute, () -> { throw new AssertionError("dropped"); });

		for (int i = 0; i < RoomStreams.MAX_BACKLOG + 5; i++) {
			RoomViewer.Outgoing event = RoomViewer.Outgoing.event("batch", "[" + i + "]");
			stuck.offer(event);
			fast.offer(event);
			// The flusher offers a batch every 200 ms: a live viewer has taken the one before.
			int sent = i + 1;
			await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == sent);
		}

		await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == RoomStreams.MAX_BACKLOG + 5);
		assertThat(received).first().asString().contains("[0]");
		assertThat(received).last().asString().contains("[" + (RoomStreams.MAX_BACKLOG + 4) + "]");
		assertThat(received).isSortedAccordingTo((a, b) -> Integer.compare(number(a), number(b)));
		assertThat(dropped).as("the stuck viewer is dropped once, past its backlog").hasValue(1);
	}

	@Test
	void aBrokenViewerIsDroppedAtItsFirstFailedWrite() {
		AtomicInteger dropped = new AtomicInteger();
		AtomicInteger attempts = new AtomicInteger();
		RoomViewer broken = new RoomViewer(new Recording(event -> {
			attempts.incrementAndGet();
			throw new IOException("Broken pipe");
		}), writers::execute, dropped::incrementAndGet);

		broken.offer(RoomViewer.Outgoing.event("batch", "[1]"));
		await().atMost(Duration.ofSeconds(5)).until(() -> dropped.get() == 1);
		broken.offer(RoomViewer.Outgoing.event("batch", "[2]"));
		assertThat(attempts).as("nothing is written after the drop").hasValue(1);
		assertThat(dropped).hasValue(1);
	}

	@Test
	void aViewerWhoseWriteFailsUnexpectedlyIsDroppedInsteadOfLeftSilentAndTheWritersGoOn() {
		AtomicInteger dropped = new AtomicInteger();
		RoomViewer failing = new RoomViewer(new Recording(event -> {
			// What the container threw when two threads committed one response at once.
			throw new NullPointerException("headers changed while written");
		}), writers::execute, dropped::incrementAndGet);
		failing.offer(RoomViewer.Outgoing.event("viewers", "{\"viewers\":1}"));
		await().atMost(Duration.ofSeconds(5)).until(() -> dropped.get() == 1);

		List<String> received = new CopyOnWriteArrayList<>();
		RoomViewer next = new RoomViewer(new Recording(received::add), writers::execute, () -> { throw new AssertionError("dropped"); });
		for (int i = 0; i < 4; i++) {
			next.offer(RoomViewer.Outgoing.event("batch", "[" + i + "]"));
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> received.size() == 4);
	}

	@Test
	void aStreamsFirstEventIsHandedToItsEmitterOnTheOpeningThreadBeforeAnyWriterKnowsIt() {
		List<String> written = new CopyOnWriteArrayList<>();
		List<Thread> threads = new CopyOnWriteArrayList<>();
		RoomStreams streams = new RoomStreams(new NoUpdates(),
				new org.springframework.beans.factory.support.StaticListableBeanFactory()
					.getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class));
		// Not started: no writer thread exists, so whatever is written here was written by this thread.
		streams.open("masterclass:1", () -> "{\"viewers\":7}", new Recording(event -> {
			written.add(event);
			threads.add(Thread.currentThread());
		}));

		assertThat(written).hasSize(1);
		assertThat(written.getFirst()).startsWith("event:ready\n");
		assertThat(threads).containsExactly(Thread.currentThread());
		assertThat(streams.viewersOnThisNode("masterclass:1")).isEqualTo(1);
	}

	/** Live updates that never arrive: the fan-out is driven by the test. */
	static final class NoUpdates implements LiveUpdates {

		@Override
		public void publish(String topic, String event, String data) {
		}

		@Override
		public SseEmitter subscribe(String topic) {
			throw new UnsupportedOperationException();
		}

		@Override
		public SseEmitter subscribe(String topic, String event, java.util.function.Supplier<String> data) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void relay(String topicPrefix, java.util.function.Consumer<Update> consumer) {
		}
	}

	@Test
	void aBatchIsAJsonListOfTheEventsInTheirOrderWithTheirDataAsPublished() {
		String json = RoomStreams.json(List.of(new LiveUpdates.Update("masterclass:1", "chat", "{\"id\":\"a\"}"),
				new LiveUpdates.Update("masterclass:1", "viewers", "{\"viewers\":3}")));
		assertThat(json).isEqualTo("[{\"event\":\"chat\",\"data\":{\"id\":\"a\"}},{\"event\":\"viewers\",\"data\":{\"viewers\":3}}]");
	}

	private static int number(String sent) {
		return Integer.parseInt(sent.replaceAll("(?s).*\\[(\\d+)\\].*", "$1"));
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	interface Write {
		void accept(String event) throws IOException;
	}

	/** An emitter that hands each event's text to the test instead of a browser. */
	static final class Recording extends SseEmitter {

		private final Write write;

		Recording(Write write) {
			this.write = write;
		}

		@Override
		public void send(SseEventBuilder builder) throws IOException {
			StringBuilder text = new StringBuilder();
			builder.build().forEach(part -> text.append(part.getData()));
			write.accept(text.toString());
		}
	}
}
