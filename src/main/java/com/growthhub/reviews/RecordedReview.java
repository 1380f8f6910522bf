package com.growthhub.reviews;

import java.util.UUID;

/** What recording a review did: created it, changed it (text, rating or a reply made at the provider), or neither. */
public record RecordedReview(UUID reviewId, boolean created, boolean changed) {
}
