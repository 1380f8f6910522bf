package com.growthhub.scheduling.internal;

import java.time.Instant;

/** A live appointment as the slot engine sees it: the time it blocks (buffers included) and when it starts. */
public record Busy(Instant blockedFrom, Instant blockedUntil, Instant start) {

	boolean overlaps(Instant from, Instant until) {
		return blockedFrom.isBefore(until) && from.isBefore(blockedUntil);
	}
}
