package com.growthhub.integrations.internal.connectors;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.growthhub.reviews.IncomingReview;

/**
 * A provider of reviews of the organization's locations (Google Business Profile), implemented beside
 * {@link Connector} by the same bean: the sync engine reads reviews from it and reports them to the reviews module,
 * and replies written there are posted through it. Same exceptions as {@link Connector}.
 */
public interface ReviewSource {

	/**
	 * One page of the connection's chosen locations' reviews, newest change first, from {@code cursor} (null for the
	 * first page); the page's cursor resumes the run after a crash and is null after the last page.
	 */
	ReviewPage reviews(ProviderCredentials credentials, ReviewRequest request);

	/** Puts the reply on the review, replacing an earlier one. */
	void reply(ProviderCredentials credentials, String locationId, String reviewId, String comment);

	record ReviewRequest(@Nullable String cursor, int pageSize) {
	}

	record ReviewPage(List<IncomingReview> reviews, @Nullable String nextCursor) {

		public ReviewPage {
			reviews = List.copyOf(reviews);
		}
	}
}
