package com.growthhub.reviews.internal;

import java.util.Locale;

/**
 * An organization's review rules.
 *
 * @param clientApprovalRequired a reply is approved before it is posted
 * @param lowRatingThreshold a new review rated at or below this notifies the managers (0: never)
 * @param flagAfterHours an unanswered review older than this is flagged
 * @param tone how drafts sound: warm, professional or casual
 * @param signature how drafts are signed
 */
public record ReviewRules(boolean clientApprovalRequired, int lowRatingThreshold, int flagAfterHours, Tone tone,
		String signature) {

	public static final ReviewRules DEFAULTS = new ReviewRules(false, 2, 72, Tone.WARM, "The team");

	public enum Tone {
		WARM, PROFESSIONAL, CASUAL;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
