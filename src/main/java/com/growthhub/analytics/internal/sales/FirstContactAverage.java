package com.growthhub.analytics.internal.sales;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The average time from a lead's creation to its first contact, over the leads that were contacted: a lead never
 * contacted has no delay yet and does not pull the average either way (the share contacted is shown beside it).
 * Rounded to whole seconds, half up.
 */
final class FirstContactAverage {

	private FirstContactAverage() {
	}

	static @Nullable Duration of(long contacted, long totalSeconds) {
		if (contacted < 0 || totalSeconds < 0) {
			throw new IllegalArgumentException("counts and delays are never negative");
		}
		if (contacted == 0) {
			return null;
		}
		return Duration.ofSeconds((totalSeconds + contacted / 2) / contacted);
	}
}
