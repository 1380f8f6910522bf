package com.growthhub.reviews.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One change of a review's state: from (null when it arrived), to, by whom ({@code user:…}, {@code job:…}), why. */
public record ReviewHistoryEntry(@Nullable ReviewState fromState, ReviewState toState, String actor,
		@Nullable UUID actorUserId, @Nullable String note, Instant occurredAt) {
}
