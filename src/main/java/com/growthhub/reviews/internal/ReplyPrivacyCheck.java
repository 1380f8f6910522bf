package com.growthhub.reviews.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a public reply may not say in privacy mode (medical practices): anything that confirms the reviewer is a
 * patient ("your visit", "as your doctor"…) or names a treatment. Matched case-insensitively on whole words, so
 * "crowned" or "revisit" pass while "Your Visit" does not. Answers the reason a person reads, naming what matched.
 */
public final class ReplyPrivacyCheck {

	/** Phrases that tell the world the reviewer was seen or treated here. */
	static final List<String> RELATIONSHIP_PHRASES = List.of("your visit", "your visits", "your treatment",
			"your treatments", "your appointment", "your appointments", "your next visit", "your last visit",
			"your recent visit", "your first visit", "your next appointment", "your follow-up", "your procedure", "your care", "your diagnosis",
			"your condition", "your results", "your prescription", "your surgery", "your session", "your consultation",
			"your exam", "your therapy", "your recovery", "your health", "as your doctor", "as your dentist",
			"as your physician", "as your provider", "as your surgeon", "as your therapist", "our patient",
			"our patients", "as a patient", "you were seen", "we treated you", "when we saw you", "your chart",
			"your records");

	/** Names of procedures and treatments a reply must not mention. */
	static final List<String> PROCEDURE_WORDS = List.of("botox", "filler", "fillers", "lip filler", "implant",
			"implants", "root canal", "crown", "crowns", "extraction", "whitening", "invisalign", "braces", "veneers",
			"dentures", "cleaning", "filling", "fillings", "liposuction", "facelift", "rhinoplasty", "tummy tuck",
			"breast augmentation", "laser hair removal", "microneedling", "chemical peel", "hydrafacial", "coolsculpting",
			"vaccination", "vaccine", "injection", "injections", "physiotherapy", "chiropractic adjustment",
			"colonoscopy", "mammogram", "biopsy", "chemotherapy", "surgery", "iv therapy", "ivf", "lasik",
			"hormone therapy", "weight loss injections", "semaglutide", "ozempic", "dermal", "prp");

	private static final Pattern RELATIONSHIP = words(RELATIONSHIP_PHRASES);
	private static final Pattern PROCEDURE = words(PROCEDURE_WORDS);

	private ReplyPrivacyCheck() {
	}

	/** Why privacy mode refuses the reply, or empty when it may be posted. */
	public static Optional<String> refusal(String reply) {
		List<String> relationship = found(RELATIONSHIP, reply);
		List<String> procedures = found(PROCEDURE, reply);
		if (relationship.isEmpty() && procedures.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder reason = new StringBuilder("Privacy mode: a public reply must not");
		if (!relationship.isEmpty()) {
			reason.append(" confirm the reviewer is a patient (").append(quoted(relationship)).append(")");
		}
		if (!procedures.isEmpty()) {
			reason.append(relationship.isEmpty() ? "" : " nor").append(" name a treatment (")
				.append(quoted(procedures)).append(")");
		}
		return Optional.of(reason.append(". Remove it and post again.").toString());
	}

	private static Pattern words(List<String> phrases) {
		String alternatives = phrases.stream()
			.sorted((a, b) -> b.length() - a.length())
			.map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"))
			.collect(Collectors.joining("|"));
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static List<String> found(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		List<String> hits = new java.util.ArrayList<>();
		while (matcher.find()) {
			String hit = matcher.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (!hits.contains(hit)) {
				hits.add(hit);
			}
		}
		return hits;
	}

	private static String quoted(List<String> hits) {
		return hits.stream().map(hit -> "\"" + hit + "\"").collect(Collectors.joining(", "));
	}
}
