package com.growthhub.contacts.internal;

import java.util.List;
import java.util.Map;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.PrivacyMode;

/**
 * An organization's contact rules.
 *
 * @param privacyMode first names only: last names, notes and other free text are refused and never shown
 * @param ownOnly members see only the contacts they own (managers and above see all)
 * @param defaultRegion ISO country whose numbering plan applies to phone numbers written without +country
 * @param scoring points per interaction type; the lead score is the sum over a contact's interactions
 * @param requiredFields the standard fields (JSON names) every contact must have, always with firstName
 */
public record ContactSettings(boolean privacyMode, boolean ownOnly, String defaultRegion, Map<String, Integer> scoring,
		int trashRetentionDays, List<String> requiredFields) {

	/** The documented default scoring rule. */
	public static final Map<String, Integer> DEFAULT_SCORING = Map.ofEntries(Map.entry("call", 10),
			Map.entry("meeting", 20), Map.entry("email", 5), Map.entry("sms", 3), Map.entry("note", 1),
			Map.entry("form_submission", 15), Map.entry("payment", 50), Map.entry("stage_change", 5),
			Map.entry("tag_added", 0), Map.entry("conversion", 10));

	/** Seed 002's required fields, what an organization requires until it says otherwise. */
	public static final List<String> DEFAULT_REQUIRED = List.of("firstName", "lastName", "email", "phone");

	/** The fields an organization may require: the standard fields a form, the API and an import column all fill. */
	public static final List<String> REQUIRABLE = ContactImports.STANDARD_FIELDS;

	public ContactSettings {
		requiredFields = List.copyOf(requiredFields);
	}

	public static ContactSettings defaults() {
		return new ContactSettings(false, false, "US", DEFAULT_SCORING, 30, DEFAULT_REQUIRED);
	}

	public int pointsFor(String interactionType) {
		return scoring.getOrDefault(interactionType, 0);
	}

	/** The fields a contact must have now: privacy mode never requires what it refuses to keep. */
	/** These settings requiring only those of their required fields that are among {@code asked}. */
	public ContactSettings requiringOnly(List<String> asked) {
		return new ContactSettings(privacyMode, ownOnly, defaultRegion, scoring, trashRetentionDays,
				requiredFields.stream().filter(asked::contains).toList());
	}

	public List<String> enforcedFields() {
		PrivacyMode privacy = PrivacyMode.of(privacyMode);
		return requiredFields.stream().filter(privacy::allowsField).toList();
	}
}
