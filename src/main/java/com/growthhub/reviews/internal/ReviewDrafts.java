package com.growthhub.reviews.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.growthhub.platform.ai.Draft;
import com.growthhub.platform.ai.TextDrafter;

/**
 * Drafts a reply with the platform's AI port. The instructions are a reply template (what the built-in drafter
 * answers with its placeholders filled, and what a model adapts), chosen by the rating, in the organization's tone;
 * the facts give the review and the rules, privacy mode's included, which a model is told to follow. The template
 * itself never confirms the reviewer is a patient nor names a treatment, so it passes privacy mode's check.
 */
@Component
class ReviewDrafts {

	private final TextDrafter drafter;

	ReviewDrafts(TextDrafter drafter) {
		this.drafter = drafter;
	}

	Draft draft(ReviewView review, ReviewRules rules, boolean privacyMode) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("reviewer", firstName(review.reviewerName()));
		facts.put("rating", Integer.toString(review.rating()));
		facts.put("review", review.text() == null || review.text().isBlank() ? "(a rating without text)" : review.text());
		facts.put("location", review.locationName());
		facts.put("tone", rules.tone().key());
		facts.put("signature", rules.signature());
		facts.put("rules", guidance(privacyMode));
		return drafter.draft(template(review.rating(), rules.tone()), facts);
	}

	private static String guidance(boolean privacyMode) {
		String rules = "A public reply to the review on Google, under 80 words, in the given tone, signed with the "
				+ "signature; thank the reviewer, answer what they wrote, never argue, invent nothing.";
		if (privacyMode) {
			rules += " Privacy mode (a medical practice): never confirm or suggest that the reviewer is or was a "
					+ "patient or client, never mention a visit, appointment, treatment, procedure or condition, and "
					+ "never name one even if the reviewer did; for complaints invite them to contact the office "
					+ "directly.";
		}
		return rules;
	}

	private static String template(int rating, ReviewRules.Tone tone) {
		String greeting = switch (tone) {
			case WARM -> "Hi {{reviewer}},";
			case PROFESSIONAL -> "Dear {{reviewer}},";
			case CASUAL -> "Hey {{reviewer}}!";
		};
		String body;
		if (rating >= 4) {
			body = switch (tone) {
				case WARM -> " thank you so much for the lovely {{rating}}-star review! Kind words like yours mean a lot "
						+ "to everyone at {{location}}.";
				case PROFESSIONAL -> " thank you for your {{rating}}-star review. We appreciate you taking the time to "
						+ "share your feedback about {{location}}.";
				case CASUAL -> " thanks a ton for the {{rating}} stars! You made our day at {{location}}.";
			};
		}
		else if (rating == 3) {
			body = " thank you for your feedback. We are glad some things went well, and we would love to hear what "
					+ "would have made it five stars. Please reach out to us directly at {{location}}.";
		}
		else {
			body = " thank you for taking the time to share this, and we are sorry it fell short. We take every comment "
					+ "seriously; please contact us directly at {{location}} so that we can make it right.";
		}
		return greeting + body + "\n\n— {{signature}}";
	}

	private static String firstName(@org.jspecify.annotations.Nullable String name) {
		if (name == null || name.isBlank()) {
			return "there";
		}
		return name.strip().split("\\s+")[0];
	}
}
