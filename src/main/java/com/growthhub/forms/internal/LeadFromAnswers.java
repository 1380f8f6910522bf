package com.growthhub.forms.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.growthhub.contacts.LeadCapture;

/** The contact fields a submission fills, by each field's mapping. */
final class LeadFromAnswers {

	private static final String CUSTOM = "cf.";
	private static final Set<FieldType> FREE_TEXT = Set.of(FieldType.TEXT, FieldType.TEXTAREA);

	private LeadFromAnswers() {
	}

	static LeadCapture.Lead lead(FormDefinition definition, Map<String, List<String>> answers) {
		Map<String, String> fields = new HashMap<>();
		Map<String, String> custom = new HashMap<>();
		for (FormField field : definition.fields()) {
			List<String> values = answers.get(field.key());
			if (field.mapsTo() == null || values == null || values.isEmpty()) {
				continue;
			}
			String value = String.join(", ", values);
			if (field.mapsTo().startsWith(CUSTOM)) {
				custom.put(field.mapsTo().substring(CUSTOM.length()), value);
			}
			else {
				fields.put(field.mapsTo(), value);
			}
		}
		FormSettings settings = definition.settings();
		if (settings.sourceLabel() != null && !settings.sourceLabel().isBlank()) {
			fields.putIfAbsent("campaign", settings.sourceLabel());
		}
		return new LeadCapture.Lead(fields, custom, settings.ownerId(), settings.listId(), settings.tagIds());
	}

	/** Answers as the timeline keeps them; in privacy mode free text is withheld, as it is everywhere else. */
	static List<Map<String, Object>> timeline(FormDefinition definition, Map<String, List<String>> answers,
			boolean privacyMode) {
		return definition.fields().stream()
			.filter(field -> answers.containsKey(field.key()))
			.map(field -> Map.<String, Object>of("key", field.key(), "label", field.label(), "value",
					privacyMode && FREE_TEXT.contains(field.type()) ? "(withheld: privacy mode)"
							: String.join(", ", answers.get(field.key()))))
			.toList();
	}
}
