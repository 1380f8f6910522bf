package com.growthhub.integrations.internal.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * When a failed delivery is tried again: the first wait doubles with each attempt up to the longest, with ±20 %
 * jitter so that a receiver that comes back is not hit by every queued delivery at once; a receiver's
 * {@code Retry-After} (429, 503) is honoured when it asks for longer. Nothing after {@code retryFor} since the
 * delivery was queued: then it is given up.
 */
record RetrySchedule(Duration firstRetry, Duration longestRetry, Duration retryFor) {

	static RetrySchedule of(WebhookSettings settings) {
		return new RetrySchedule(settings.firstRetry(), settings.longestRetry(), settings.retryFor());
	}

	/** The next attempt after attempt number {@code attempt} failed, or empty when the schedule is exhausted. */
	Optional<Instant> next(int attempt, Instant queuedAt, Instant now, @Nullable Duration retryAfter) {
		long factor = 1L << Math.min(attempt - 1, 30);
		Duration wait = firstRetry.multipliedBy(factor);
		if (wait.compareTo(longestRetry) > 0 || wait.isNegative()) {
			wait = longestRetry;
		}
		long millis = wait.toMillis();
		long jitter = millis / 5;
		wait = Duration.ofMillis(millis - jitter + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(2 * jitter + 1)));
		if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
			wait = retryAfter;
		}
		Instant next = now.plus(wait);
		return next.isAfter(queuedAt.plus(retryFor)) ? Optional.empty() : Optional.of(next);
	}
}
