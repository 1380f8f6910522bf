/**
 * Reviews: the organization's reviews on Google Business Profile (through the integrations module, which reports them
 * with {@link com.growthhub.reviews.ReviewLog}) and the replies written here, from a draft to a reply posted back
 * (through {@link com.growthhub.reviews.ReviewReplies}), with the states of seed 001, privacy mode's check of what a
 * reply may say, low-rating notifications and overdue flags.
 */
@ApplicationModule(displayName = "Reviews", allowedDependencies = { "agency", "contacts", "identity", "messaging", "platform",
		"platform::ai", "platform::tenancy", "platform::security", "platform::web", "shared" })
@NullMarked
package com.growthhub.reviews;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
