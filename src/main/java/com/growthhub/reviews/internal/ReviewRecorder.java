package com.growthhub.reviews.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.reviews.IncomingReview;
import com.growthhub.reviews.RecordedReview;
import com.growthhub.reviews.ReviewLog;
import com.growthhub.shared.OrganizationId;

/**
 * Records what a provider reports: a new review arrives pending (responded when it already has a reply), a known one
 * takes the provider's text and rating, and a reply made at the provider answers it here too. A new low rating
 * written in the last week notifies the managers in the same transaction.
 */
@Service
class ReviewRecorder implements ReviewLog {

	/** Days a new review is news: a location's history read on its first sync notifies nobody of old complaints. */
	static final int NEWS = 7;

	private final ReviewRepository reviews;
	private final ReviewRuleRepository rules;
	private final ReviewNotifications notifications;
	private final ReviewHubReport hub;
	private final TenantTransactions transactions;

	ReviewRecorder(ReviewRepository reviews, ReviewRuleRepository rules, ReviewNotifications notifications,
			TenantTransactions transactions, ReviewHubReport hub) {
		this.hub = hub;
		this.reviews = reviews;
		this.rules = rules;
		this.notifications = notifications;
		this.transactions = transactions;
	}

	@Override
	public RecordedReview record(OrganizationId organization, String provider, IncomingReview review) {
		if (review.rating() < 1 || review.rating() > 5) {
			throw ReviewInputException.field("rating", "must be between 1 and 5");
		}
		Actor actor = new Actor.Integration(provider);
		return transactions.call(organization, actor, () -> {
			Optional<ReviewView> known = reviews.lockByExternalId(organization, provider, review.externalId());
			if (known.isPresent()) {
				return update(organization, actor, known.get(), review);
			}
			UUID location = reviews.location(organization, provider, review.locationId(), review.locationName());
			ReviewState state = review.replyText() != null ? ReviewState.RESPONDED : ReviewState.PENDING;
			Optional<UUID> id = reviews.insert(organization, location, provider, review, state);
			if (id.isEmpty()) {
				return update(organization, actor,
						reviews.lockByExternalId(organization, provider, review.externalId()).orElseThrow(), review);
			}
			reviews.history(organization, id.get(), null, state, actor, "arrived from " + provider);
			ReviewView recorded = reviews.find(organization, id.get()).orElseThrow();
			if (review.rating() <= rules.find(organization).lowRatingThreshold()
					&& review.writtenAt().isAfter(java.time.Instant.now().minus(NEWS, java.time.temporal.ChronoUnit.DAYS))) {
				notifications.lowRating(organization, recorded);
			}
			return new RecordedReview(id.get(), true, false);
		});
	}

	private RecordedReview update(OrganizationId organization, Actor actor, ReviewView known, IncomingReview review) {
		boolean changed = reviews.updateFacts(known.id(), review);
		boolean repliedThere = review.replyText() != null && !Objects.equals(review.replyText(), known.replyText());
		if (repliedThere) {
			reviews.responded(known.id(), review.replyText(), "provider",
					review.repliedAt() != null ? review.repliedAt() : java.time.Instant.now());
			if (known.state() != ReviewState.RESPONDED) {
				reviews.history(organization, known.id(), known.state(), ReviewState.RESPONDED, actor,
						"replied at " + known.provider());
				hub.changed(organization);
			}
		}
		return new RecordedReview(known.id(), false, changed || repliedThere);
	}
}
