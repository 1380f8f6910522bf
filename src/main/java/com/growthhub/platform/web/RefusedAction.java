package com.growthhub.platform.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way an HTML page shows an action the application refused: the page redirects and
 * {@code fragments/flash} shows the refusal above it (flash attribute {@code problem}, a text, or
 * {@code problemKey}, a message key). Only our own 4xx answers are readable; anything else is rethrown and
 * goes on to the error page, so an unexpected failure's message never reaches a person.
 */
public final class RefusedAction {

	private RefusedAction() {
	}

	/** Shows the refusal on the page the redirect leads to. */
	public static void flash(RedirectAttributes redirect, ErrorResponseException ex) {
		redirect.addFlashAttribute("problem", detail(ex));
	}

	/** Shows a refusal the page itself found (a form that cannot be read), as a message key. */
	public static void flash(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute("problemKey", messageKey);
	}

	/**
	 * The readable text of our own 4xx refusal: its detail, or, when the detail is only a summary ("The request
	 * has invalid fields."), each named field with its message, since a redirect has no form to mark.
	 */
	public static String detail(ErrorResponseException ex) {
		if (!ex.getStatusCode().is4xxClientError()) {
			throw ex;
		}
		String detail = ex.getBody().getDetail() == null ? "The request was refused." : ex.getBody().getDetail();
		Map<String, Object> properties = ex.getBody().getProperties();
		if (properties != null && properties.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
			List<Map<?, ?>> named = errors.stream().filter(Map.class::isInstance).<Map<?, ?>>map(error -> (Map<?, ?>) error).toList();
			if (named.stream().anyMatch(error -> !detail.contains(String.valueOf(error.get("message"))))) {
				return named.stream()
					.map(error -> error.get("field") + " " + error.get("message"))
					.collect(Collectors.joining("; "));
			}
		}
		return detail;
	}
}
