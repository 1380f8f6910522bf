package com.growthhub.reviews.internal;

import org.springframework.stereotype.Component;

import com.growthhub.agency.AgencyHub;
import com.growthhub.shared.OrganizationId;

/**
 * Tells the agency hub how many of a client account's reviews wait for someone, after every change of state, in the
 * transaction of that change (the hub ignores organizations that are no client account).
 */
@Component
class ReviewHubReport {

	private final ReviewRepository reviews;
	private final AgencyHub hub;

	ReviewHubReport(ReviewRepository reviews, AgencyHub hub) {
		this.reviews = reviews;
		this.hub = hub;
	}

	void changed(OrganizationId organization) {
		hub.reviewsWaiting(organization, reviews.waiting(organization));
	}
}
