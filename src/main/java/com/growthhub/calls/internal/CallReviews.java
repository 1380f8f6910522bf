package com.growthhub.calls.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.calls.CallId;
import com.growthhub.calls.CallRated;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * What people do to a call here: rate it, set its category, review it, have it classified again. Changed stars
 * recompute the category (and a category its stars), are written on the call's history, and are announced with
 * {@link CallRated} so that the provider is told; until it confirms, the provider's reports of the old rating are
 * ignored.
 */
@Service
public class CallReviews {

	private final CallRepository calls;
	private final CallClassifier classifier;
	private final CallClassifications classifications;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;
	private final CallNews news;

	CallReviews(CallRepository calls, CallClassifier classifier, CallClassifications classifications,
			TenantTransactions transactions, ApplicationEventPublisher events, CallNews news) {
		this.news = news;
		this.calls = calls;
		this.classifier = classifier;
		this.classifications = classifications;
		this.transactions = transactions;
		this.events = events;
	}

	public CallView edit(OrganizationId organization, Actor actor, UUID id, CallEdit edit) {
		if (edit.ratingGiven() && edit.rating() != null && (edit.rating() < 1 || edit.rating() > 5)) {
			throw CallInputException.field("rating", "must be between 1 and 5, or null");
		}
		if (edit.ratingGiven() && edit.category() != null && !Objects.equals(edit.category().stars(), edit.rating())) {
			throw CallInputException.field("category", "gives " + stars(edit.category().stars()) + ", not "
					+ stars(edit.rating()));
		}
		return transactions.call(organization, actor, () -> {
			CallView call = calls.lock(organization, id).orElseThrow(() -> NotFoundException.of("The call"));
			UUID person = actor.userId();
			if (edit.category() != null || edit.ratingGiven()) {
				CallCategory category = edit.category() != null ? edit.category()
						: CallCategory.forRating(edit.rating(), call.category());
				Integer rating = category.stars();
				boolean reviewed = edit.reviewed() == null || edit.reviewed();
				boolean ratingChanged = !Objects.equals(rating, call.rating());
				boolean pending = call.ratingPushPending() || ratingChanged;
				calls.rated(id, category, rating, reviewed, pending, call.providerRating());
				calls.history(organization, id, "rating", call.rating(), rating, CallHistoryEntry.PERSON, person, null);
				calls.history(organization, id, "category", call.category(), category, CallHistoryEntry.PERSON, person,
						null);
				calls.history(organization, id, "reviewed", call.reviewed(), reviewed, CallHistoryEntry.PERSON, person,
						null);
				if (ratingChanged) {
					events.publishEvent(new CallRated(organization, CallId.of(id), call.provider(), call.externalId(),
							rating, Instant.now()));
				}
			}
			else if (edit.reviewed() != null) {
				calls.reviewed(id, edit.reviewed());
				calls.history(organization, id, "reviewed", call.reviewed(), edit.reviewed(), CallHistoryEntry.PERSON,
						person, null);
			}
			news.changed(organization, id);
			return calls.find(organization, id).orElseThrow();
		});
	}

	/** Converted, with five stars. */
	public CallView markConverted(OrganizationId organization, Actor actor, UUID id) {
		return edit(organization, actor, id, CallEdit.category(CallCategory.CONVERTED));
	}

	/** Classifies the call again from its transcript, replacing even a person's category (they asked for it). */
	public CallView classify(OrganizationId organization, Actor actor, UUID id) {
		CallView call = transactions.call(organization, actor,
				() -> calls.find(organization, id).orElseThrow(() -> NotFoundException.of("The call")));
		CallVerdict verdict = classifier.classify(call.status(), call.durationSeconds(), call.transcript());
		return transactions.call(organization, actor, () -> {
			CallView locked = calls.lock(organization, id).orElseThrow(() -> NotFoundException.of("The call"));
			classifications.apply(organization, locked, verdict, true);
			news.changed(organization, id);
			return calls.find(organization, id).orElseThrow();
		});
	}

	private static String stars(@Nullable Integer stars) {
		return stars == null ? "no stars" : stars + " stars";
	}
}
