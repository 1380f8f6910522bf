package com.growthhub.calls.internal;

import org.jspecify.annotations.Nullable;

/**
 * A person's change to a call: its stars ({@code ratingGiven} tells "clear the stars" from "leave them"), its
 * category, whether it is reviewed. Given stars and category must agree (the seed's table).
 */
public record CallEdit(boolean ratingGiven, @Nullable Integer rating, @Nullable CallCategory category,
		@Nullable Boolean reviewed) {

	public static CallEdit rating(@Nullable Integer rating) {
		return new CallEdit(true, rating, null, null);
	}

	public static CallEdit category(CallCategory category) {
		return new CallEdit(false, null, category, null);
	}
}
