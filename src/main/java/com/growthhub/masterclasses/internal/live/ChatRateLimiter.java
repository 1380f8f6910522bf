package com.growthhub.masterclasses.internal.live;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * A sliding window per person (3 messages per 5 s), in memory: at 20 messages a second a shared counter in
 * PostgreSQL would add a committed write per message for a limit that only has to stop flooding. With several nodes a
 * person could reach the limit once per node; that still stops a flood.
 */
class ChatRateLimiter {

	private final int limit;
	private final long windowNanos;
	private final LongSupplier clock;
	private final Map<UUID, ArrayDeque<Long>> recent = new ConcurrentHashMap<>();

	ChatRateLimiter(int limit, Duration window, LongSupplier clock) {
		this.limit = limit;
		this.windowNanos = window.toNanos();
		this.clock = clock;
	}

	/** Counts a message; answers how long to wait when it is over the limit (and then does not count it). */
	Optional<Duration> hit(UUID person) {
		long now = clock.getAsLong();
		@Nullable Duration[] wait = { null };
		recent.compute(person, (key, times) -> {
			ArrayDeque<Long> window = times == null ? new ArrayDeque<>() : times;
			while (!window.isEmpty() && now - window.peekFirst() >= windowNanos) {
				window.pollFirst();
			}
			if (window.size() >= limit) {
				wait[0] = Duration.ofNanos(windowNanos - (now - window.peekFirst()));
			}
			else {
				window.addLast(now);
			}
			return window;
		});
		return Optional.ofNullable(wait[0]);
	}

	/** Forgets people whose window has passed, so the map does not grow with every registrant ever seen. */
	void forgetIdle() {
		long now = clock.getAsLong();
		for (UUID person : recent.keySet()) {
			recent.computeIfPresent(person, (key, window) -> {
				Long last = window.peekLast();
				return last == null || now - last >= windowNanos ? null : window;
			});
		}
	}
}
