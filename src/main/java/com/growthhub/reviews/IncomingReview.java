package com.growthhub.reviews;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A review as its provider has it now, with the location it is about and the reply already there (when one was posted,
 * here or at the provider).
 *
 * @param locationId the provider's name of the location, e.g. {@code accounts/1/locations/2}
 * @param rating 1–5 stars
 */
public record IncomingReview(String locationId, String locationName, String externalId, int rating,
		@Nullable String text, @Nullable String reviewerName, Instant writtenAt, @Nullable Instant editedAt,
		@Nullable String replyText, @Nullable Instant repliedAt) {
}
