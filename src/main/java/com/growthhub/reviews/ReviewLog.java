package com.growthhub.reviews;

import com.growthhub.shared.OrganizationId;

/**
 * How providers report reviews. Implemented by the reviews module; the integrations module's connectors call it from
 * sync runs, each review in a transaction of its own.
 */
public interface ReviewLog {

	/**
	 * Stores a new review (and its location when new) or updates the one with the same provider and external id.
	 * A review that arrives with a reply is responded; a new one rated at or below the organization's low-rating
	 * threshold notifies its managers. Idempotent: reporting the same review twice changes nothing the second time.
	 *
	 * @param provider the provider key, e.g. {@code google_business}
	 */
	RecordedReview record(OrganizationId organizationId, String provider, IncomingReview review);
}
