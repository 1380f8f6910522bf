package com.growthhub.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

/**
 * Shows a domain failure inside the form that caused it: next to the field it names (a rejected
 * password), or above the form. Only our own 4xx answers are readable; anything else goes on to
 * the generic error page.
 */
final class FormProblems {

	private FormProblems() {
	}

	static void reject(BindingResult result, ErrorResponseException ex) {
		if (!ex.getStatusCode().is4xxClientError()) {
			throw ex;
		}
		String detail = String.valueOf(ex.getBody().getDetail());
		String field = field(ex);
		if (field != null && hasField(result, field)) {
			result.rejectValue(field, "rejected", detail);
		}
		else {
			result.reject("rejected", detail);
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		return target != null && target.getClass().isRecord()
				&& Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
	}

	private static @Nullable String field(ErrorResponseException ex) {
		Map<String, Object> properties = ex.getBody().getProperties();
		if (properties != null && properties.get("errors") instanceof List<?> errors && !errors.isEmpty()
				&& errors.getFirst() instanceof Map<?, ?> first && first.get("field") instanceof String field) {
			return field;
		}
		return null;
	}
}
