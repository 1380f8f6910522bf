package com.growthhub.reviews;

import com.growthhub.shared.OrganizationId;

/**
 * Posts a reply at a review's provider; implemented by the integrations module for each provider it connects. Posting
 * runs before the review becomes responded, so a refusal leaves it approved. A review of a provider no bean handles
 * (one recorded by hand or by a test) is answered here only.
 */
public interface ReviewReplies {

	boolean handles(String provider);

	/**
	 * Puts the reply on the review at the provider, replacing any earlier one.
	 *
	 * @throws ReplyNotPostedException when the provider is not connected or refuses, with a reason a person can read
	 */
	void post(OrganizationId organizationId, String provider, String locationId, String reviewExternalId, String text);
}
