package com.growthhub.forms.internal;

import java.util.List;
import java.util.Optional;

/**
 * A form as its builder edits it and as a version freezes it: fields in order, steps, theme and settings. Stored and
 * exchanged as JSON checked against the published schema ({@link FormSchema}) and then {@link FormRules}.
 */
public record FormDefinition(List<FormField> fields, List<FormStep> steps, FormTheme theme, FormSettings settings) {

	public FormDefinition {
		fields = fields == null ? List.of() : List.copyOf(fields);
		steps = steps == null || steps.isEmpty() ? List.of(new FormStep("Details")) : List.copyOf(steps);
		theme = theme == null ? FormTheme.DEFAULT : theme;
		settings = settings == null ? FormSettings.DEFAULT : settings;
	}

	public static FormDefinition starter() {
		return new FormDefinition(List.of(
				new FormField("first_name", FieldType.TEXT, "First name", true, null, null, null, List.of(), "firstName",
						null, 0, null, null),
				new FormField("email", FieldType.EMAIL, "Email", true, null, null, null, List.of(), "email", null, 0, null, null)),
				List.of(new FormStep("Details")), FormTheme.DEFAULT, FormSettings.DEFAULT);
	}

	public Optional<FormField> field(String key) {
		return fields.stream().filter(f -> f.key().equals(key)).findFirst();
	}

	public List<FormField> fieldsOfStep(int step) {
		return fields.stream().filter(f -> f.step() == step).toList();
	}
}
