package com.growthhub.analytics.internal.retention;

import java.time.Instant;

/** What one run removed for one organization, and how long it took. */
public record RetentionRun(Instant startedAt, Instant finishedAt, long durationMs, long leads, long activities,
		long kpiEvents) {
}
