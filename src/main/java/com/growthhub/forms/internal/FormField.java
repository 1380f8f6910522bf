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
 * @param upload for a file field, the types and size it takes; null for the defaults ({@link FileUpload#DEFAULT})
 */
public record FormField(String key, FieldType type, String label, Boolean required, @Nullable String pattern,
		@Nullable String placeholder, @Nullable String help, List<String> options, @Nullable String mapsTo,
		@Nullable String captures, Integer step, @Nullable Condition showWhen,
		@Nullable FileUpload upload) {

	public FormField {
		options = options == null ? List.of() : List.copyOf(options);
		required = Boolean.TRUE.equals(required);
		step = step == null ? 0 : step;
	}

	/** What this field takes when it is a file field. */
	public FileUpload fileUpload() {
		return FileUpload.of(upload);
	}
}
