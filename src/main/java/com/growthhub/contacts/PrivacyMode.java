package com.growthhub.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The privacy-mode rule, in one place: an organization in privacy mode keeps a first name only for each
 * contact. Last names, notes, free-text custom fields and interaction text are refused on the way in (forms,
 * API, imports) and never shown on the way out (pages, API, exports). Every path asks here which fields that
 * means.
 *
 * @param on whether the organization runs in privacy mode (its contact settings)
 */
public record PrivacyMode(boolean on) {

	/** The standard contact fields that hold more than a first name can say about a person. */
	private static final List<String> REFUSED_FIELDS = List.of("lastName", "notes");

	/** The custom field type (its lower-case key) that holds free text. */
	private static final String FREE_TEXT_TYPE = "string";

	public static PrivacyMode of(boolean on) {
		return new PrivacyMode(on);
	}

	/** Whether a standard contact field ({@code lastName}, {@code email}, …) may be filled in and shown. */
	public boolean allowsField(String field) {
		return !this.on || !REFUSED_FIELDS.contains(field);
	}

	/** Whether custom fields of this type ({@code string}, {@code number}, …; any case) may be filled in and shown. */
	public boolean allowsCustomFieldType(String type) {
		return !this.on || !isFreeText(type);
	}

	/** Whether custom fields of this type ({@code string}, {@code number}, …; any case) hold free text. */
	public static boolean isFreeText(String customFieldType) {
		return FREE_TEXT_TYPE.equalsIgnoreCase(customFieldType);
	}

	/** Whether free text beyond the fields may be kept: interaction bodies, custom fields made up from a file's columns. */
	public boolean allowsFreeText() {
		return !this.on;
	}

	/**
	 * The fields of a change that privacy mode refuses: a non-blank last name or notes, and non-blank values of
	 * the free-text custom fields under {@code customFields}, named {@code customFields.<key>}.
	 */
	public List<String> refused(Map<String, @Nullable Object> changes, Set<String> freeTextCustomFields) {
		List<String> refused = new ArrayList<>();
		if (!this.on) {
			return refused;
		}
		REFUSED_FIELDS.stream().filter(field -> isText(changes.get(field))).forEach(refused::add);
		if (changes.get("customFields") instanceof Map<?, ?> values) {
			values.forEach((key, value) -> {
				if (freeTextCustomFields.contains(String.valueOf(key)) && isText(value)) {
					refused.add("customFields." + key);
				}
			});
		}
		return refused;
	}

	/** The name everybody sees: the first name only in privacy mode. */
	public String name(String firstName, @Nullable String lastName) {
		return !this.on && lastName != null && !lastName.isBlank() ? firstName + " " + lastName : firstName;
	}

	private static boolean isText(@Nullable Object value) {
		return value instanceof String text && !text.isBlank();
	}
}
