package com.growthhub.forms.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field of a form.
 *
 * @param mapsTo the contact field it fills ({@code email}, {@code cf.budget}); null keeps it on the submission only
 * @param captures for a hidden field, what the page fills it with ({@code utm_source}, {@code referrer}, …)
 * @param step the index of the step it is on
 * @param showWhen the condition under which it is shown; null for always
 */
public record FormField(String key, FieldType type, String label, Boolean required, @Nullable String pattern,
		@Nullable String placeholder, @Nullable String help, List<String> options, @Nullable String mapsTo,
		@Nullable String captures, Integer step, @Nullable Condition showWhen) {

	public FormField {
		options = options == null ? List.of() : List.copyOf(options);
		required = Boolean.TRUE.equals(required);
		step = step == null ? 0 : step;
	}
}
