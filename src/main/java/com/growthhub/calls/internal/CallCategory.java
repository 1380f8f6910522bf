package com.growthhub.calls.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The seed's call categories and their star ratings, both ways, written down once. Converted is only ever set by a
 * person (or a provider's 5 stars), never by the classifier.
 */
public enum CallCategory {

	CONVERTED(5), VERY_GOOD(4), WARM(3), NEEDS_ATTENTION(3), VOICEMAIL(null), UNANSWERED(null), NOT_A_FIT(2), SPAM(1),
	NEUTRAL(null), APPLICANT(null), UNREVIEWED(null);

	private final @Nullable Integer stars;

	CallCategory(@Nullable Integer stars) {
		this.stars = stars;
	}

	/** The stars this category gives a call, or null for the categories without stars. */
	public @Nullable Integer stars() {
		return stars;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<CallCategory> ofKey(@Nullable String key) {
		if (key == null) {
			return Optional.empty();
		}
		String normalized = key.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(c -> c.name().equals(normalized)).findFirst();
	}

	/**
	 * The category a call has after its stars became {@code rating}: the one the seed names for those stars, except that
	 * a category already giving those stars stays (3 stars keep needs_attention); no stars keep a category without stars
	 * and turn one with stars into unreviewed.
	 */
	public static CallCategory forRating(@Nullable Integer rating, CallCategory current) {
		if (rating == null) {
			return current.stars == null ? current : UNREVIEWED;
		}
		if (rating.equals(current.stars)) {
			return current;
		}
		return switch (rating) {
			case 5 -> CONVERTED;
			case 4 -> VERY_GOOD;
			case 3 -> WARM;
			case 2 -> NOT_A_FIT;
			case 1 -> SPAM;
			default -> throw new IllegalArgumentException("a rating is 1 to 5");
		};
	}
}
