package com.growthhub.pipeline.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * The settings pages hold many small forms (one per pipeline and stage): the one that was refused is named by
 * {@code form}, and the page shows its typed values and each field's message in place (a bad value, a taken name).
 * {@link #NONE} on a page that was not refused.
 */
record SettingsRefusal(String form, Map<String, String> typed, Map<String, String> errors) {

	static final SettingsRefusal NONE = new SettingsRefusal("", Map.of(), Map.of());

	/** The refusal's named fields, or empty when it names none (then it is shown above the page instead). */
	static Optional<SettingsRefusal> of(String form, Map<String, String> typed, ErrorResponseException ex) {
		Map<String, String> errors = new HashMap<>();
		Map<String, Object> properties = ex.getBody().getProperties();
		if (ex.getStatusCode().is4xxClientError() && properties != null
				&& properties.get("errors") instanceof List<?> named) {
			named.stream().filter(Map.class::isInstance).map(Map.class::cast)
				.filter(error -> typed.containsKey(String.valueOf(error.get("field"))))
				.forEach(error -> errors.merge(String.valueOf(error.get("field")), String.valueOf(error.get("message")),
						(a, b) -> a + "; " + b));
		}
		return errors.isEmpty() ? Optional.empty() : Optional.of(new SettingsRefusal(form, typed, errors));
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
