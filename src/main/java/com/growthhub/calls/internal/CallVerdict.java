package com.growthhub.calls.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What classifying a call decided; {@code source} is null when nothing could be decided yet (no transcript). */
record CallVerdict(CallCategory category, double confidence, @Nullable String summary, @Nullable String source,
		@Nullable Instant at) {

	static CallVerdict none() {
		return new CallVerdict(CallCategory.UNREVIEWED, 0, null, null, null);
	}

	boolean decided() {
		return source != null;
	}
}
