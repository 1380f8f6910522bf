package com.growthhub.pipeline.web;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.pipeline.internal.InvalidPipelineInputException;

/**
 * The settings pages hold many small forms (one per pipeline and stage): the one that was refused is named by
 * {@code form}, and the page shows its typed values and each field's message in place. {@link #NONE} on a page that
 * was not refused.
 */
record SettingsRefusal(String form, Map<String, String> typed, Map<String, String> errors) {

	static final SettingsRefusal NONE = new SettingsRefusal("", Map.of(), Map.of());

	static SettingsRefusal of(String form, Map<String, String> typed, InvalidPipelineInputException ex) {
		Map<String, String> errors = new HashMap<>();
		ex.errors().forEach(error -> errors.merge(error.get("field"), error.get("message"), (a, b) -> a + "; " + b));
		return new SettingsRefusal(form, typed, errors);
	}

	/** What was typed into {@code field} of {@code form} when that form was refused, else {@code stored}. */
	public @Nullable String value(String form, String field, @Nullable Object stored) {
		return this.form.equals(form) && typed.containsKey(field) ? typed.get(field)
				: stored == null ? null : String.valueOf(stored);
	}

	public @Nullable String error(String form, String field) {
		return this.form.equals(form) ? errors.get(field) : null;
	}
}
