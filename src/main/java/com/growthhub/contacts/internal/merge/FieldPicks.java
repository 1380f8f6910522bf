package com.growthhub.contacts.internal.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.ContactDraft;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.PolicyRefusedException;

/**
 * The merged state of two contacts from a person's choice per field ("primary" or "duplicate";
 * unnamed fields keep the primary's value). Type and status stay the primary's: the lifecycle only
 * moves through conversions.
 */
final class FieldPicks {

	static final Set<String> FIELDS = Set.of("firstName", "lastName", "email", "phone", "company", "jobTitle",
			"linkedinUrl", "industry", "businessType", "networkType", "priority", "source", "campaign", "adPlatform",
			"ownerId", "notes");

	private FieldPicks() {
	}

	/** Checks the choices: unknown fields or sides answer 400 naming them. */
	static void check(Map<String, String> picks) {
		List<Map<String, String>> errors = new ArrayList<>();
		picks.forEach((field, side) -> {
			if (!FIELDS.contains(field) && !field.startsWith("customFields.")) {
				errors.add(Map.of("field", "fields." + field, "message", "is not a field that can be merged"));
			}
			else if (!"primary".equals(side) && !"duplicate".equals(side)) {
				errors.add(Map.of("field", "fields." + field, "message", "must be primary or duplicate"));
			}
		});
		if (!errors.isEmpty()) {
			throw InvalidContactException.fields(errors);
		}
	}

	/**
	 * The primary with the chosen values of the duplicate. Under privacy mode, a choice that would bring
	 * in free text (last name, notes, free-text custom fields) is refused rather than silently dropped.
	 */
	static ContactDraft merge(ContactDraft primary, ContactDraft duplicate, Map<String, String> picks,
			boolean privacyMode, Set<String> freeTextCustomFields) {
		check(picks);
		PrivacyMode privacy = PrivacyMode.of(privacyMode);
		List<String> refused = new ArrayList<>();
		ContactDraft merged = primary;
		Map<String, Object> custom = new HashMap<>(primary.customFields);
		picks.forEach((field, side) -> {
			if (!"duplicate".equals(side)) {
				return;
			}
			if (field.startsWith("customFields.")) {
				String key = field.substring("customFields.".length());
				Object value = duplicate.customFields.get(key);
				if (!privacy.allowsFreeText() && freeTextCustomFields.contains(key) && value instanceof String text
						&& !text.isBlank()) {
					refused.add(field);
				}
				if (value == null) {
					custom.remove(key);
				}
				else {
					custom.put(key, value);
				}
				return;
			}
			Object value = get(duplicate, field);
			if (!privacy.allowsField(field) && value instanceof String text && !text.isBlank()) {
				refused.add(field);
			}
			set(merged, field, value);
			if ("campaign".equals(field)) {
				// The survivor takes the duplicate's campaign itself, not only its name.
				merged.campaignId = duplicate.campaignId;
			}
		});
		if (!refused.isEmpty()) {
			throw new PolicyRefusedException(refused);
		}
		merged.customFields = custom;
		return merged;
	}

	private static @Nullable Object get(ContactDraft d, String field) {
		return switch (field) {
			case "firstName" -> d.firstName;
			case "lastName" -> d.lastName;
			case "email" -> d.email;
			case "phone" -> d.phone;
			case "company" -> d.company;
			case "jobTitle" -> d.jobTitle;
			case "linkedinUrl" -> d.linkedinUrl;
			case "industry" -> d.industry;
			case "businessType" -> d.businessType;
			case "networkType" -> d.networkType;
			case "priority" -> d.priority;
			case "source" -> d.source;
			case "campaign" -> d.campaign;
			case "adPlatform" -> d.adPlatform;
			case "ownerId" -> d.ownerId;
			case "notes" -> d.notes;
			default -> throw new IllegalStateException("checked above: " + field);
		};
	}

	private static void set(ContactDraft d, String field, @Nullable Object value) {
		String text = value == null ? null : value.toString();
		switch (field) {
			case "firstName" -> d.firstName = Objects.requireNonNull(text);
			case "lastName" -> d.lastName = text;
			case "email" -> d.email = text;
			case "phone" -> d.phone = text;
			case "company" -> d.company = text;
			case "jobTitle" -> d.jobTitle = text;
			case "linkedinUrl" -> d.linkedinUrl = text;
			case "industry" -> d.industry = text;
			case "businessType" -> d.businessType = text;
			case "networkType" -> d.networkType = text;
			case "priority" -> d.priority = text;
			case "source" -> d.source = Objects.requireNonNull(text);
			case "campaign" -> d.campaign = text;
			case "adPlatform" -> d.adPlatform = text;
			case "ownerId" -> d.ownerId = (java.util.UUID) value;
			case "notes" -> d.notes = text;
			default -> throw new IllegalStateException("checked above: " + field);
		}
	}
}
