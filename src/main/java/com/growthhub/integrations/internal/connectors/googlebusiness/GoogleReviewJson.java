package com.growthhub.integrations.internal.connectors.googlebusiness;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.reviews.IncomingReview;

import tools.jackson.databind.JsonNode;

/** A review as Google's v4 API writes it: reviewId, reviewer.displayName, starRating ONE..FIVE, comment, times, reply. */
final class GoogleReviewJson {

	private GoogleReviewJson() {
	}

	static IncomingReview read(String location, String locationTitle, JsonNode review) {
		String id = review.path("reviewId").asString("");
		if (id.isBlank()) {
			throw new ProviderFailureException("Google Business Profile sent a review without a reviewId");
		}
		JsonNode reviewer = review.path("reviewer");
		String name = reviewer.path("isAnonymous").asBoolean(false) ? null : text(reviewer.path("displayName"));
		JsonNode reply = review.path("reviewReply");
		Instant created = time(review.path("createTime"));
		if (created == null) {
			throw new ProviderFailureException("Google Business Profile sent review " + id + " without a createTime");
		}
		Instant updated = time(review.path("updateTime"));
		return new IncomingReview(location, locationTitle, id, stars(id, review.path("starRating").asString("")),
				text(review.path("comment")), name, created, updated != null && updated.isAfter(created) ? updated : null,
				text(reply.path("comment")), time(reply.path("updateTime")));
	}

	private static int stars(String id, String rating) {
		return switch (rating) {
			case "ONE" -> 1;
			case "TWO" -> 2;
			case "THREE" -> 3;
			case "FOUR" -> 4;
			case "FIVE" -> 5;
			default -> throw new ProviderFailureException("Google Business Profile sent review " + id
					+ " with the star rating \"" + rating + "\"");
		};
	}

	private static @Nullable String text(JsonNode node) {
		String text = node.asString("");
		return text.isBlank() ? null : text;
	}

	private static @Nullable Instant time(JsonNode node) {
		String text = node.asString("");
		if (text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new ProviderFailureException("Google Business Profile sent the time \"" + text + "\", which is no timestamp");
		}
	}
}
