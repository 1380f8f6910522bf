package com.growthhub.reviews.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A review as the inbox, the reply editor and the API show it. */
public record ReviewView(UUID id, UUID locationId, String locationName, String locationExternalId, String provider, String externalId,
		int rating, @Nullable String text, @Nullable String reviewerName, Instant writtenAt, @Nullable Instant editedAt,
		ReviewState state, @Nullable String replyText, @Nullable String replySource, @Nullable Instant repliedAt,
		@Nullable UUID approvedBy, @Nullable Instant approvedAt, @Nullable String flagReason, long version) {
}
