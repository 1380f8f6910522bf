package com.growthhub.reviews;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Reviews as a provider reports them, for tests; provider {@link #PROVIDER} has no reply publisher. */
public final class ReviewFixtures {

	public static final String PROVIDER = "test_reviews";

	private ReviewFixtures() {
	}

	public static IncomingReview review(String location, int rating, String text, String reviewer) {
		return review(location, rating, text, reviewer, Instant.now().minus(1, ChronoUnit.HOURS));
	}

	public static IncomingReview review(String location, int rating, String text, String reviewer, Instant writtenAt) {
		return new IncomingReview("accounts/1/locations/" + location, "Clinic " + location,
				"review-" + UUID.randomUUID(), rating, text, reviewer, writtenAt, null, null, null);
	}
}
