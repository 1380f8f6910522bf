package com.growthhub.calls.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.calls.CallDirection;
import com.growthhub.calls.CallStatus;
import com.growthhub.calls.TranscriptLine;

/** A stored call as the pages and the API show it, with the state the rating rules read. */
public record CallView(UUID id, String provider, String externalId, @Nullable String trackingNumber,
		@Nullable String callerNumber, @Nullable String callerName, CallDirection direction, @Nullable String source,
		@Nullable String campaign, Instant startedAt, int durationSeconds, CallStatus status,
		@Nullable String recordingUrl, List<TranscriptLine> transcript, CallCategory category, @Nullable Integer rating,
		@Nullable String summary, @Nullable Double confidence, @Nullable String classifiedBy,
		@Nullable Instant classifiedAt, boolean categorySetByPerson, boolean reviewed, @Nullable UUID contactId,
		@Nullable Integer providerRating, boolean ratingPushPending, Instant createdAt) {
}
