package com.growthhub.identity.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the audit log: entity types and their columns as people call them, from each module's message bundle
 * ({@code audit.entity.<type>}; {@code audit.field.<type>.<column>}, else {@code audit.field.<column>}), and made
 * readable from the name itself when no bundle has one ({@code journey_step} → "journey step"), so a new table never
 * shows a raw key.
 */
@Component
class AuditLabels {

	private final MessageSource messages;

	AuditLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The entity type as a sentence uses it: "contact", "API token". */
	String entity(String type, Locale locale) {
		String label = message("audit.entity." + type, locale);
		return label != null ? label : words(type);
	}

	/** The entity type as a heading or a choice shows it: "Contact", "API token". */
	String entityHeading(String type, Locale locale) {
		String label = entity(type, locale);
		return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	String field(String type, String column, Locale locale) {
		String label = message("audit.field." + type + "." + column, locale);
		if (label == null) {
			label = message("audit.field." + column, locale);
		}
		return label != null ? label : heading(column.replaceFirst("_ids?$", "").replaceFirst("^is_", ""));
	}

	/** A message of the log itself ({@code settings.audit.*}), with its arguments. */
	String text(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, code, locale);
	}

	/** {@code first_name} → "First name": a key nobody labelled, made readable. */
	static String heading(String key) {
		String words = words(key);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** {@code journey_step} and {@code jobTitle} → "journey step" and "job title". */
	static String words(String key) {
		return key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip()
			.toLowerCase(Locale.ROOT);
	}

	private @Nullable String message(String code, Locale locale) {
		return messages.getMessage(code, null, null, locale);
	}
}
