package com.growthhub.contacts.internal.sync;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactSync;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.PhoneNumbers;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;

/**
 * A record's values as contacts store them: email in lower case, phone in E.164 with the organization's region,
 * lengths within the columns' limits, custom values of known fields in their type. Answers the first problem.
 */
final class SyncValues {

	private static final Map<String, Integer> LIMITS = Map.of("firstName", 100, "lastName", 100, "email", 254, "company",
			200, "jobTitle", 200, "linkedinUrl", 500, "industry", 100, "campaign", 200, "notes", 10000);

	private final PhoneNumbers phones;
	private final String region;
	private final Map<String, CustomFieldDefinition> custom;

	SyncValues(PhoneNumbers phones, String region, Map<String, CustomFieldDefinition> custom) {
		this.phones = phones;
		this.region = region;
		this.custom = custom;
	}

	record Normalized(Map<String, String> values, @Nullable String error) {
	}

	Normalized normalize(Map<String, String> raw) {
		Map<String, String> values = new HashMap<>();
		for (Map.Entry<String, String> entry : raw.entrySet()) {
			String key = entry.getKey();
			String value = entry.getValue() == null ? "" : entry.getValue().strip();
			if (value.isEmpty()) {
				continue;
			}
			if (key.equals("phone")) {
				try {
					values.put(key, phones.normalize(value, region));
					continue;
				}
				catch (InvalidContactException ex) {
					return new Normalized(Map.of(), "phone is not a valid phone number");
				}
			}
			if (key.equals(ContactSync.LIFECYCLE)) {
				// Whether it is a type, and a step forward, is for the match to say: a warning, not a failed record.
				values.put(key, value.toLowerCase(Locale.ROOT));
				continue;
			}
			String problem = problem(key, value);
			if (problem != null) {
				return new Normalized(Map.of(), key + " " + problem);
			}
			values.put(key, key.equals("email") || key.equals(ContactSync.OWNER_EMAIL) ? value.toLowerCase(Locale.ROOT) : value);
		}
		return new Normalized(values, null);
	}

	/** A custom value as stored in {@code custom_fields}: a number, a boolean or text. */
	Object typed(String key, String value) {
		CustomFieldDefinition definition = custom.get(key);
		if (definition == null) {
			return value;
		}
		return switch (definition.type()) {
			case NUMBER -> new BigDecimal(value);
			case BOOLEAN -> Boolean.valueOf(value);
			case STRING, DATE, SELECT -> value;
		};
	}

	private @Nullable String problem(String key, String value) {
		if (key.startsWith(ContactSync.CUSTOM)) {
			CustomFieldDefinition definition = custom.get(key.substring(ContactSync.CUSTOM.length()));
			if (definition == null) {
				return "is not a custom field of this organization";
			}
			return switch (definition.type()) {
				case NUMBER -> isNumber(value) ? null : "must be a number";
				case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null : "must be true or false";
				case DATE -> isDate(value) ? null : "must be a date (YYYY-MM-DD)";
				case SELECT -> definition.options().contains(value) ? null : "must be one of " + definition.options();
				case STRING -> value.length() > 1000 ? "is longer than 1000 characters" : null;
			};
		}
		if (key.equals(ContactSync.OWNER_EMAIL)) {
			// Whether a member has it is for the match to say: a warning, not a failed record.
			return null;
		}
		if (key.equals("email") && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			return "is not an email address";
		}
		Integer limit = LIMITS.get(key);
		if (limit == null) {
			return "is not a contact field";
		}
		return value.length() > limit ? "is longer than " + limit + " characters" : null;
	}

	private static boolean isNumber(String value) {
		try {
			new BigDecimal(value);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}
}
