package com.growthhub.reviews.internal;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.EnumKeys;

/** The inbox's filters: a state (lowercase key), a rating 1–5, a location id; each absent when blank. */
public record ReviewFilter(@Nullable ReviewState state, @Nullable Integer rating, @Nullable UUID locationId) {

	public static final ReviewFilter NONE = new ReviewFilter(null, null, null);

	public static ReviewFilter parse(@Nullable String state, @Nullable String rating, @Nullable String locationId) {
		ReviewState chosen = null;
		if (!blank(state)) {
			chosen = EnumKeys.find(ReviewState.class, state);
			if (chosen == null) {
				throw ReviewInputException.field("state", "must be one of " + Arrays.stream(ReviewState.values())
					.map(ReviewState::key).collect(Collectors.joining(", ")));
			}
		}
		Integer stars = null;
		if (!blank(rating)) {
			try {
				stars = Integer.valueOf(rating.strip());
			}
			catch (NumberFormatException ex) {
				stars = 0;
			}
			if (stars < 1 || stars > 5) {
				throw ReviewInputException.field("rating", "must be between 1 and 5");
			}
		}
		UUID location = null;
		if (!blank(locationId)) {
			try {
				location = UUID.fromString(locationId.strip());
			}
			catch (IllegalArgumentException ex) {
				throw ReviewInputException.field("locationId", "must be a location's id");
			}
		}
		return new ReviewFilter(chosen, stars, location);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
