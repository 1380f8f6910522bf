package com.growthhub.reviews.web;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.EnumKeys;
import com.growthhub.reviews.internal.ReviewInputException;
import com.growthhub.reviews.internal.ReviewRules;

/** The review rules as a program sends them; absent fields keep their defaults. */
record ReviewRulesRequest(@Nullable Boolean clientApprovalRequired, @Nullable Integer lowRatingThreshold,
		@Nullable Integer flagAfterHours, @Nullable String tone, @Nullable String signature) {

	ReviewRules toRules() {
		ReviewRules defaults = ReviewRules.DEFAULTS;
		int low = lowRatingThreshold == null ? defaults.lowRatingThreshold() : lowRatingThreshold;
		if (low < 0 || low > 5) {
			throw ReviewInputException.field("lowRatingThreshold", "must be between 0 and 5");
		}
		int hours = flagAfterHours == null ? defaults.flagAfterHours() : flagAfterHours;
		if (hours < 1 || hours > 8760) {
			throw ReviewInputException.field("flagAfterHours", "must be between 1 and 8760");
		}
		ReviewRules.Tone chosen = tone == null || tone.isBlank() ? defaults.tone()
				: EnumKeys.find(ReviewRules.Tone.class, tone);
		if (chosen == null) {
			throw ReviewInputException.field("tone", "must be warm, professional or casual");
		}
		String sign = signature == null || signature.isBlank() ? defaults.signature() : signature.strip();
		if (sign.length() > 200) {
			throw ReviewInputException.field("signature", "must be at most 200 characters");
		}
		return new ReviewRules(Boolean.TRUE.equals(clientApprovalRequired), low, hours, chosen, sign);
	}
}
