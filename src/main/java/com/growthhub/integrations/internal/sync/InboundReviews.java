package com.growthhub.integrations.internal.sync;

import java.util.List;

import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.reviews.IncomingReview;
import com.growthhub.reviews.RecordedReview;
import com.growthhub.reviews.ReviewLog;

/**
 * Reports a page of a review source's reviews to the reviews module, each in a transaction of its own: a review new
 * here counts as created, one whose text, rating or reply changed as updated, one reported again unchanged as skipped.
 */
@Component
class InboundReviews {

	private final ReviewLog reviews;

	InboundReviews(ReviewLog reviews) {
		this.reviews = reviews;
	}

	PageCounts apply(Connection connection, List<IncomingReview> page) {
		int created = 0;
		int updated = 0;
		int skipped = 0;
		for (IncomingReview review : page) {
			RecordedReview recorded = reviews.record(connection.organization(), connection.provider().key(), review);
			if (recorded.created()) {
				created++;
			}
			else if (recorded.changed()) {
				updated++;
			}
			else {
				skipped++;
			}
		}
		return new PageCounts(page.size(), created, updated, skipped, 0, 0, 0);
	}
}
