package com.growthhub.contacts.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;

/**
 * The organization's custom fields as form inputs named {@code cf.<key>}: raw text in, typed JSON
 * values out. A number that does not parse is passed on as text so the service names the field.
 */
record CustomFieldInputs(List<CustomFieldDefinition> definitions, Map<String, String> values) {

	static final String PREFIX = "cf.";

	static CustomFieldInputs of(List<CustomFieldDefinition> definitions, Map<String, String> parameters) {
		Map<String, String> values = new HashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(PREFIX)) {
				values.put(name.substring(PREFIX.length()), value);
			}
		});
		return new CustomFieldInputs(definitions, values);
	}

	static CustomFieldInputs stored(List<CustomFieldDefinition> definitions, Map<String, Object> stored) {
		Map<String, String> values = new HashMap<>();
		stored.forEach((key, value) -> values.put(key, String.valueOf(value)));
		return new CustomFieldInputs(definitions, values);
	}

	/** The fields a person may fill in: privacy mode hides free text. */
	List<CustomFieldDefinition> shown(boolean privacyMode) {
		PrivacyMode privacy = PrivacyMode.of(privacyMode);
		return definitions.stream().filter(d -> privacy.allowsCustomFieldType(d.type().name())).toList();
	}

	Map<String, @Nullable Object> changes(boolean creating, boolean privacyMode) {
		Map<String, @Nullable Object> changes = new HashMap<>();
		for (CustomFieldDefinition definition : shown(privacyMode)) {
			String raw = values.get(definition.key());
			if (definition.type() == FieldType.BOOLEAN) {
				// An unticked checkbox sends nothing: that means false, not "unchanged".
				changes.put(definition.key(), "true".equals(raw));
				continue;
			}
			if (raw == null || raw.isBlank()) {
				if (!creating) {
					changes.put(definition.key(), null);
				}
				continue;
			}
			changes.put(definition.key(), definition.type() == FieldType.NUMBER ? number(raw.strip()) : raw.strip());
		}
		return changes;
	}

	public String value(String key) {
		return values.getOrDefault(key, "");
	}

	private static Object number(String raw) {
		try {
			return new BigDecimal(raw);
		}
		catch (NumberFormatException ex) {
			return raw;
		}
	}
}
