package com.growthhub.masterclasses.internal.live;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One viewer's stream on this node: events wait in its own queue and one writer thread at a time sends them, so a
 * viewer's events stay in order, and a slow viewer holds up only itself. A broken connection, or more than
 * {@link RoomStreams#MAX_BACKLOG} events waiting, drops it.
 */
final class RoomViewer {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RoomViewer.class);

	/** An SSE event to send (or, without a name, a keep-alive comment). */
	record Outgoing(@Nullable String name, String data) {

		static final Outgoing KEEP_ALIVE = new Outgoing(null, "♥");

		static Outgoing event(String name, String data) {
			return new Outgoing(name, data);
		}

		SseEmitter.SseEventBuilder sse() {
			return name == null ? SseEmitter.event().comment(data) : SseEmitter.event().name(name).data(data);
		}
	}

	private final SseEmitter emitter;
	private final Consumer<Runnable> writers;
	private final Runnable drop;
	private final ConcurrentLinkedQueue<Outgoing> queue = new ConcurrentLinkedQueue<>();
	private final AtomicInteger waiting = new AtomicInteger();
	private final AtomicBoolean scheduled = new AtomicBoolean();
	private volatile boolean gone;

	RoomViewer(SseEmitter emitter, Consumer<Runnable> writers, Runnable drop) {
		this.emitter = emitter;
		this.writers = writers;
		this.drop = drop;
	}

	SseEmitter emitter() {
		return emitter;
	}

	void offer(Outgoing event) {
		if (gone) {
			return;
		}
		if (waiting.incrementAndGet() > RoomStreams.MAX_BACKLOG) {
			leave();
			return;
		}
		queue.add(event);
		if (scheduled.compareAndSet(false, true)) {
			writers.accept(this::drain);
		}
	}

	private void drain() {
		do {
			for (Outgoing event; !gone && (event = queue.poll()) != null;) {
				waiting.decrementAndGet();
				try {
					emitter.send(event.sse());
				}
				catch (IOException | IllegalStateException ex) {
					// The browser went away (or the stream completed): the container ends the request.
					leave();
				}
				catch (RuntimeException ex) {
					// Anything else the container throws: without this the drain would end with 'scheduled' still set,
					// and the viewer would never be written to again while its connection stayed open, silent.
					log.warn("A live-room stream failed to write and is dropped: {}", ex.toString());
					leave();
				}
			}
			scheduled.set(false);
			// An event queued after the loop's last poll but before the flag was cleared is sent by this thread.
		}
		while (!gone && !queue.isEmpty() && scheduled.compareAndSet(false, true));
	}

	private void leave() {
		if (gone) {
			return;
		}
		gone = true;
		queue.clear();
		drop.run();
		try {
			emitter.complete();
		}
		catch (IllegalStateException ex) {
			// already completed
		}
	}
}
