package com.growthhub.journeys.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

import com.growthhub.platform.web.RefusedAction;

/**
 * A journeys page form that was refused, shown again in place: what was typed into each input and each named problem
 * next to its input; problems that no input shows stand above the form. A page holds several small forms (one per
 * step), so {@code form} says which one; {@link #NONE} on a page that was not refused. The page's expressions call the
 * public methods.
 */
record FormRefusal(String form, Map<String, String> typed, Map<String, String> errors, List<String> others) {

	static final FormRefusal NONE = new FormRefusal("", Map.of(), Map.of(), List.of());

	/** The problems the page found itself while reading the form, by input. */
	static FormRefusal of(String form, Map<String, String> typed, Map<String, String> errors) {
		return new FormRefusal(form, typed, errors, List.of());
	}

	/**
	 * The application's refusal: {@code inputOf} turns a field it names ({@code steps[1].title}) into the input showing
	 * it ({@code title[3]}). Only our own 4xx answers are readable; anything else goes on to the error page.
	 */
	static FormRefusal of(String form, Map<String, String> typed, ErrorResponseException ex, UnaryOperator<String> inputOf) {
		String detail = RefusedAction.detail(ex);
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> others = new ArrayList<>();
		Map<String, Object> properties = ex.getBody().getProperties();
		if (properties != null && properties.get("errors") instanceof List<?> named) {
			for (Object item : named) {
				if (item instanceof Map<?, ?> error) {
					String field = String.valueOf(error.get("field"));
					String message = String.valueOf(error.get("message"));
					String input = inputOf.apply(field);
					if (typed.containsKey(input)) {
						errors.merge(input, message, (first, second) -> first + "; " + second);
					}
					else {
						others.add(field + " " + message);
					}
				}
			}
		}
		if (errors.isEmpty() && others.isEmpty()) {
			others.add(detail);
		}
		return new FormRefusal(form, typed, errors, others);
	}

	public boolean refused(String form) {
		return this.form.equals(form);
	}

	/** What was typed into the input when this form was refused, else the stored value. */
	public @Nullable String value(String form, String input, @Nullable Object stored) {
		return refused(form) && typed.containsKey(input) ? typed.get(input) : stored == null ? null : String.valueOf(stored);
	}

	/** Whether a box of a group ({@code services}) was ticked when this form was refused, else as stored. */
	public boolean ticked(String form, String input, Object value, boolean stored) {
		return refused(form) ? Arrays.asList(typed.getOrDefault(input, "").split(",")).contains(String.valueOf(value))
				: stored;
	}

	public @Nullable String error(String form, String input) {
		return refused(form) ? errors.get(input) : null;
	}

	public List<String> others(String form) {
		return refused(form) ? others : List.of();
	}
}
