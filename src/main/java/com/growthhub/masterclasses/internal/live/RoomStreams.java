package com.growthhub.masterclasses.internal.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.growthhub.platform.realtime.LiveUpdates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The live rooms' event streams on this node. Events still travel between nodes as live updates (PostgreSQL NOTIFY,
 * after the publishing transaction commits); this node collects what arrives for a room and, every
 * {@link #FLUSH_EVERY}, sends it to each of the room's viewers as ONE {@code batch} event carrying the list. At 2,000
 * viewers and 20 messages a second that is 10,000 writes a second instead of 40,000, and they are spread over a few
 * writer threads, each viewer served by one at a time (its events stay in order). A viewer whose connection is broken
 * or too slow to take {@link #MAX_BACKLOG} batches is dropped (its browser reconnects) instead of holding the others up.
 * <p>
 * A stream's first event ({@code ready}) is handed to its emitter on the request's own thread, before any writer knows
 * the viewer: Spring MVC writes it as the handler returns, which commits the response (status and headers) on that
 * thread. Left to a writer, that first write, and the commit with it, now and then happened on the writer's thread
 * while the request's thread was still on its way out through the filters, which write headers of their own: two
 * threads on one response that is not made for it. Metrics: {@code growthhub.live.streams} (open on this node) and
 * {@code growthhub.live.streams.opened} / {@code .dropped}.
 */
@Component
public class RoomStreams implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RoomStreams.class);

	static final Duration FLUSH_EVERY = Duration.ofMillis(200);
	/** Batches waiting for one viewer before it counts as gone: ten seconds of a busy chat. */
	static final int MAX_BACKLOG = 50;
	private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);
	private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
	private static final int WRITERS = 4;
	private static final RoomViewer.Outgoing READY = RoomViewer.Outgoing.event("ready", "{}");

	private final Map<String, Set<RoomViewer>> rooms = new ConcurrentHashMap<>();
	private final Map<String, ConcurrentLinkedQueue<LiveUpdates.Update>> pending = new ConcurrentHashMap<>();
	private volatile ExecutorService writers;
	private volatile ScheduledExecutorService flusher;
	private long nextKeepAlive;
	private final Counter opened;
	private final Counter dropped;

	RoomStreams(LiveUpdates updates, ObjectProvider<MeterRegistry> meters) {
		updates.relay("masterclass:", this::arrived);
		MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
		Gauge.builder("growthhub.live.streams", rooms, all -> all.values().stream().mapToInt(Set::size).sum())
			.description("Live-room event streams open on this node").register(registry);
		opened = Counter.builder("growthhub.live.streams.opened").description("Live-room event streams opened on this node")
			.register(registry);
		dropped = Counter.builder("growthhub.live.streams.dropped")
			.description("Live-room streams this node ended because they were broken, too slow, or failed to write")
			.register(registry);
	}

	/**
	 * A viewer's stream of the room's events: first {@code ready}, then {@code viewers} with the count read now (after
	 * subscribing, so a change made meanwhile arrives as well), then {@code batch} events.
	 */
	public SseEmitter open(String topic, Supplier<String> viewerCount) {
		return open(topic, viewerCount, new SseEmitter(STREAM_TIMEOUT.toMillis()));
	}

	SseEmitter open(String topic, Supplier<String> viewerCount, SseEmitter emitter) {
		try {
			// On this (the request's) thread and before the viewer is registered: see the class comment.
			emitter.send(READY.sse());
		}
		catch (IOException ex) {
			// Not written yet (Spring MVC keeps it until the handler returns), so nothing can have failed on the wire.
			throw new UncheckedIOException(ex);
		}
		RoomViewer viewer = new RoomViewer(emitter, this::write, () -> {
			dropped.increment();
			remove(topic, emitter);
		});
		rooms.compute(topic, (key, set) -> {
			Set<RoomViewer> present = set == null ? ConcurrentHashMap.newKeySet() : set;
			present.add(viewer);
			return present;
		});
		Runnable remove = () -> remove(topic, emitter);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(error -> remove.run());
		opened.increment();
		viewer.offer(RoomViewer.Outgoing.event("viewers", viewerCount.get()));
		return emitter;
	}

	/** On the live-updates listener thread: only queues. */
	private void arrived(LiveUpdates.Update update) {
		if (rooms.containsKey(update.topic())) {
			pending.computeIfAbsent(update.topic(), key -> new ConcurrentLinkedQueue<>()).add(update);
		}
	}

	private void flush() {
		try {
			for (var entry : pending.entrySet()) {
				List<LiveUpdates.Update> batch = new ArrayList<>();
				for (LiveUpdates.Update update; (update = entry.getValue().poll()) != null;) {
					batch.add(update);
				}
				Set<RoomViewer> viewers = rooms.get(entry.getKey());
				if (batch.isEmpty() || viewers == null) {
					continue;
				}
				RoomViewer.Outgoing event = RoomViewer.Outgoing.event("batch", json(batch));
				viewers.forEach(viewer -> viewer.offer(event));
			}
			pending.keySet().retainAll(rooms.keySet());
			long now = System.nanoTime();
			if (now - nextKeepAlive >= 0) {
				nextKeepAlive = now + KEEP_ALIVE.toNanos();
				rooms.values().forEach(viewers -> viewers.forEach(viewer -> viewer.offer(RoomViewer.Outgoing.KEEP_ALIVE)));
			}
		}
		catch (RuntimeException ex) {
			// The next flush tries again; the flusher must outlive one bad moment.
			log.warn("The live rooms' flush failed this time: {}", ex.toString());
		}
	}

	/** The batch as a JSON list of {event, data}: each data is already JSON, as its publisher wrote it. */
	static String json(List<LiveUpdates.Update> batch) {
		StringBuilder json = new StringBuilder(batch.size() * 200).append('[');
		for (LiveUpdates.Update update : batch) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append("{\"event\":\"").append(update.event()).append("\",\"data\":").append(update.data()).append('}');
		}
		return json.append(']').toString();
	}

	private void write(Runnable drain) {
		ExecutorService pool = writers;
		if (pool != null) {
			pool.execute(drain);
		}
	}

	private void remove(String topic, SseEmitter emitter) {
		rooms.computeIfPresent(topic, (key, set) -> {
			set.removeIf(viewer -> viewer.emitter() == emitter);
			return set.isEmpty() ? null : set;
		});
	}

	int viewersOnThisNode(String topic) {
		Set<RoomViewer> set = rooms.get(topic);
		return set == null ? 0 : set.size();
	}

	@Override
	public void start() {
		writers = Executors.newFixedThreadPool(WRITERS, Thread.ofPlatform().name("live-room-writer-", 0).daemon().factory());
		flusher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("live-room-flush").daemon().factory());
		flusher.scheduleWithFixedDelay(this::flush, FLUSH_EVERY.toMillis(), FLUSH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Ends every stream before the web server's graceful shutdown, which would otherwise wait for them. */
	@Override
	public void stop() {
		ScheduledExecutorService running = flusher;
		if (running != null) {
			running.shutdownNow();
		}
		rooms.values().forEach(viewers -> viewers.forEach(viewer -> viewer.emitter().complete()));
		rooms.clear();
		ExecutorService pool = writers;
		if (pool != null) {
			pool.shutdownNow();
		}
		flusher = null;
		writers = null;
	}

	@Override
	public boolean isRunning() {
		return flusher != null;
	}
}
