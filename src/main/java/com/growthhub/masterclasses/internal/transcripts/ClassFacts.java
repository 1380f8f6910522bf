package com.growthhub.masterclasses.internal.transcripts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What transcripts and insights need of a masterclass (mc-core's row), read in the caller's tenant transaction. */
public record ClassFacts(UUID id, String title, @Nullable UUID hostUserId, Instant startsAt, Instant endsAt,
		String timeZone, long priceCents, String currency, @Nullable UUID bookingPageId,
		@Nullable Instant liveStartedAt, @Nullable Instant liveEndedAt) {

	public boolean free() {
		return priceCents == 0;
	}
}
