package com.growthhub.calls.web;

import java.util.Map;

import com.growthhub.calls.internal.CallCategory;
import com.growthhub.calls.internal.CallEdit;
import com.growthhub.calls.internal.CallInputException;

/**
 * A PATCH of a call, read from the JSON object itself because {@code "rating": null} (clear the stars) and no
 * {@code rating} (leave them) mean different things.
 */
final class CallEditRequest {

	private CallEditRequest() {
	}

	static CallEdit read(Map<String, Object> body) {
		boolean ratingGiven = body.containsKey("rating");
		Integer rating = null;
		if (ratingGiven && body.get("rating") != null) {
			if (!(body.get("rating") instanceof Number number) || number.doubleValue() != number.intValue()
					|| number.intValue() < 1 || number.intValue() > 5) {
				throw CallInputException.field("rating", "must be a whole number from 1 to 5, or null");
			}
			rating = number.intValue();
		}
		CallCategory category = null;
		if (body.containsKey("category")) {
			category = body.get("category") instanceof String key ? CallCategory.ofKey(key).orElse(null) : null;
			if (category == null) {
				throw CallInputException.field("category", "must be one of " + java.util.Arrays.stream(CallCategory.values())
					.map(CallCategory::key).toList());
			}
		}
		Boolean reviewed = null;
		if (body.containsKey("reviewed")) {
			if (!(body.get("reviewed") instanceof Boolean value)) {
				throw CallInputException.field("reviewed", "must be true or false");
			}
			reviewed = value;
		}
		if (!ratingGiven && category == null && reviewed == null) {
			throw CallInputException.field("rating", "or category or reviewed is needed");
		}
		return new CallEdit(ratingGiven, rating, category, reviewed);
	}
}
