package com.growthhub.contacts.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

/**
 * Shows a contact service's refusal inside the form that caused it: each named field next to its
 * input (custom fields under {@code customErrors}), a duplicate email with a link to the contact that
 * has it, anything else above the form. Only our own 4xx answers are readable; the rest goes on to
 * the error page.
 */
final class ContactProblems {

	private static final String CUSTOM = "customFields.";

	private ContactProblems() {
	}

	static void reject(BindingResult result, Model model, ErrorResponseException ex) {
		place(result, model, ex, false);
	}

	/** Adds the refusal's fields to a form that already has errors, skipping the fields it has already marked. */
	static void rejectMore(BindingResult result, Model model, ErrorResponseException ex) {
		place(result, model, ex, true);
	}

	private static void place(BindingResult result, Model model, ErrorResponseException ex, boolean more) {
		if (!ex.getStatusCode().is4xxClientError()) {
			throw ex;
		}
		Map<String, Object> properties = ex.getBody().getProperties() == null ? Map.of() : ex.getBody().getProperties();
		if (properties.get("existingId") != null) {
			model.addAttribute("existingId", properties.get("existingId"));
		}
		Map<String, String> customErrors = new HashMap<>();
		boolean placed = false;
		if (properties.get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof Map<?, ?> named && named.get("field") instanceof String field
						&& named.get("message") instanceof String message) {
					if (field.startsWith(CUSTOM)) {
						customErrors.put(field.substring(CUSTOM.length()), message);
						placed = true;
					}
					else if (hasField(result, field)) {
						if (!more || !result.hasFieldErrors(field)) {
							result.rejectValue(field, "rejected", message);
						}
						placed = true;
					}
					else {
						result.reject("rejected", field + " " + message);
					}
				}
			}
		}
		if (!placed && !result.hasGlobalErrors()) {
			result.reject("rejected", String.valueOf(ex.getBody().getDetail()));
		}
		model.addAttribute("customErrors", customErrors);
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		return target != null && target.getClass().isRecord()
				&& Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
	}
}
