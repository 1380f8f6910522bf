package com.growthhub.pipeline.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

/**
 * Shows the pipeline's refusal inside the deal form that caused it, keeping what was typed: every named field next to
 * its input, the contact's open deal (409) above the form with a link to it ({@code existingDealId}), anything else
 * above the form. Only our own 4xx answers are readable; the rest goes on to the error page.
 */
final class DealFormProblems {

	private DealFormProblems() {
	}

	static void reject(BindingResult result, Model model, ErrorResponseException ex) {
		if (!ex.getStatusCode().is4xxClientError()) {
			throw ex;
		}
		Map<String, Object> properties = ex.getBody().getProperties() == null ? Map.of() : ex.getBody().getProperties();
		if (properties.get("existingId") != null) {
			model.addAttribute("existingDealId", properties.get("existingId"));
		}
		boolean placed = false;
		if (properties.get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof Map<?, ?> named && named.get("field") instanceof String field
						&& named.get("message") instanceof String message) {
					if (hasField(result, field)) {
						result.rejectValue(field, "rejected", message);
					}
					else {
						result.reject("rejected", field + " " + message);
					}
					placed = true;
				}
			}
		}
		if (!placed && !model.containsAttribute("existingDealId")) {
			result.reject("rejected", String.valueOf(ex.getBody().getDetail()));
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		return target != null && target.getClass().isRecord()
				&& Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
	}
}
