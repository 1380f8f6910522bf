package com.growthhub.forms.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.growthhub.forms.internal.Condition.Match;

/**
 * Which fields a person sees for given answers. A condition reads only fields before it ({@link FormRules} insists), so
 * one pass in order settles every field; a field that is itself hidden counts as unanswered for the fields after it,
 * which is what the page shows too (static/js/forms/form.js mirrors this).
 */
public final class FieldVisibility {

	private FieldVisibility() {
	}

	public static Set<String> visible(FormDefinition definition, Map<String, List<String>> answers) {
		Set<String> visible = new LinkedHashSet<>();
		for (FormField field : definition.fields()) {
			if (field.showWhen() == null || holds(field.showWhen(), answers, visible)) {
				visible.add(field.key());
			}
		}
		return visible;
	}

	private static boolean holds(Condition condition, Map<String, List<String>> answers, Set<String> visible) {
		if (condition.rules().isEmpty()) {
			return true;
		}
		var results = condition.rules().stream()
			.map(rule -> rule.holds(visible.contains(rule.field()) ? answers.getOrDefault(rule.field(), List.of()) : List.of()));
		return condition.match() == Match.ANY ? results.anyMatch(Boolean::booleanValue)
				: results.allMatch(Boolean::booleanValue);
	}
}
