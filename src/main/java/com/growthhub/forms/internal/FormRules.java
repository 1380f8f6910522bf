package com.growthhub.forms.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the schema cannot say about a definition: keys and mappings unique, choices have options, steps exist, patterns
 * compile, conditions read only fields before them (so they can never loop), the CSS stays in its container. Publishing
 * also needs a field that finds the contact: one mapped to email or phone.
 */
public final class FormRules {

	private FormRules() {
	}

	public static List<Map<String, String>> problems(FormDefinition definition) {
		List<Map<String, String>> problems = new ArrayList<>();
		Map<String, Integer> positions = new HashMap<>();
		Set<String> mapped = new HashSet<>();
		List<FormField> fields = definition.fields();
		for (int i = 0; i < fields.size(); i++) {
			FormField field = fields.get(i);
			String at = "/fields/" + i;
			if (positions.putIfAbsent(field.key(), i) != null) {
				problems.add(FormInputException.error(at + "/key", "repeats the key " + field.key()));
			}
			if (field.type().hasOptions() && field.options().isEmpty()) {
				problems.add(FormInputException.error(at + "/options", "needs at least one option"));
			}
			if (field.step() >= definition.steps().size()) {
				problems.add(FormInputException.error(at + "/step", "names a step the form does not have"));
			}
			if (field.pattern() != null && !field.pattern().isBlank()) {
				try {
					Pattern.compile(field.pattern());
				}
				catch (PatternSyntaxException ex) {
					problems.add(FormInputException.error(at + "/pattern", "is not a valid regular expression"));
				}
			}
			if (field.upload() != null && field.type() != FieldType.FILE) {
				problems.add(FormInputException.error(at + "/upload", "is only for file fields"));
			}
			if (field.captures() != null && field.type() != FieldType.HIDDEN) {
				problems.add(FormInputException.error(at + "/captures", "is only for hidden fields"));
			}
			if (field.mapsTo() != null) {
				if (!mapped.add(field.mapsTo())) {
					problems.add(FormInputException.error(at + "/mapsTo", "maps to " + field.mapsTo() + " like another field"));
				}
				if (field.type() == FieldType.FILE || field.type() == FieldType.MULTI_SELECT) {
					problems.add(FormInputException.error(at + "/mapsTo", "a " + field.type().name().toLowerCase(java.util.Locale.ROOT)
							+ " field cannot fill a contact field"));
				}
			}
			if (field.showWhen() != null) {
				for (int r = 0; r < field.showWhen().rules().size(); r++) {
					Condition.Rule rule = field.showWhen().rules().get(r);
					Integer source = positions.get(rule.field());
					if (source == null || source >= i) {
						problems.add(FormInputException.error(at + "/showWhen/rules/" + r + "/field",
								"must name a field before this one"));
					}
					else if (fields.get(source).step() > field.step()) {
						problems.add(FormInputException.error(at + "/showWhen/rules/" + r + "/field",
								"must name a field on this step or an earlier one"));
					}
				}
			}
		}
		FormSettings settings = definition.settings();
		if (settings.stageId() != null && settings.pipelineId() == null) {
			problems.add(FormInputException.error("/settings/stageId", "needs the pipelineId it belongs to"));
		}
		ScopedCss.problems(definition.theme().customCss())
			.forEach(problem -> problems.add(FormInputException.error("/theme/customCss", problem)));
		return problems;
	}

	/** The rules plus what a live form needs. */
	public static List<Map<String, String>> publishProblems(FormDefinition definition) {
		List<Map<String, String>> problems = new ArrayList<>(problems(definition));
		boolean findsContact = definition.fields().stream()
			.anyMatch(f -> "email".equals(f.mapsTo()) || "phone".equals(f.mapsTo()));
		if (!findsContact) {
			problems.add(FormInputException.error("/fields", "need a field mapped to email or phone to find the contact"));
		}
		return problems;
	}
}
