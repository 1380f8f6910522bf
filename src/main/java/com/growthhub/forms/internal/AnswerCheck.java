package com.growthhub.forms.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a submission's answers against the frozen version it was sent to. An answer to a field that its condition
 * hides is refused (422), not silently dropped: the page never sends one, so a program that does has a bug worth
 * hearing about, and a dropped answer would be data the person believes they gave.
 */
public final class AnswerCheck {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]{6,25}$");
	private static final Set<String> YES = Set.of("true", "on", "yes", "1");

	private AnswerCheck() {
	}

	/** The answers of the visible fields, in the form's order; throws naming every wrong answer. */
	public static Map<String, List<String>> check(FormDefinition definition, Map<String, List<String>> answers) {
		List<Map<String, String>> errors = new ArrayList<>();
		answers.keySet().stream().filter(key -> definition.field(key).isEmpty())
			.forEach(key -> errors.add(FormInputException.error(key, "is not a field of this form")));
		Set<String> visible = FieldVisibility.visible(definition, answers);
		Map<String, List<String>> accepted = new LinkedHashMap<>();
		for (FormField field : definition.fields()) {
			List<String> values = answers.getOrDefault(field.key(), List.of()).stream().filter(v -> !v.isBlank()).toList();
			if (!visible.contains(field.key())) {
				if (!values.isEmpty()) {
					errors.add(FormInputException.error(field.key(), "is hidden by its condition and must not be answered"));
				}
				continue;
			}
			if (values.isEmpty()) {
				if (field.required() && field.type() != FieldType.HIDDEN) {
					errors.add(FormInputException.error(field.key(), "is required"));
				}
				continue;
			}
			String problem = problem(field, values);
			if (problem != null) {
				errors.add(FormInputException.error(field.key(), problem));
				continue;
			}
			accepted.put(field.key(), values);
		}
		if (!errors.isEmpty()) {
			throw FormInputException.answers(errors);
		}
		return accepted;
	}

	private static String problem(FormField field, List<String> values) {
		if (values.size() > 1 && field.type() != FieldType.MULTI_SELECT) {
			return "takes one value";
		}
		if (values.size() > 100) {
			return "has too many values";
		}
		for (String value : values) {
			String problem = problem(field, value.strip());
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static String problem(FormField field, String value) {
		int max = field.type() == FieldType.TEXTAREA ? 10_000 : field.type() == FieldType.HIDDEN ? 2_000 : 1_000;
		if (value.length() > max) {
			return "must be at most " + max + " characters";
		}
		String typeProblem = switch (field.type()) {
			case EMAIL -> EMAIL.matcher(value).matches() ? null : "is not a valid email address";
			case PHONE -> PHONE.matcher(value).matches() && value.chars().filter(Character::isDigit).count() >= 6 ? null
					: "is not a valid phone number";
			case NUMBER -> number(value) ? null : "must be a number";
			case DATE -> date(value) ? null : "must be a date (YYYY-MM-DD)";
			case SELECT, RADIO, MULTI_SELECT -> field.options().contains(value) ? null
					: "must be one of " + field.options();
			case CHECKBOX, CONSENT -> YES.contains(value.toLowerCase(java.util.Locale.ROOT)) ? null : "must be checked or left out";
			default -> null;
		};
		if (typeProblem != null) {
			return typeProblem;
		}
		if (field.pattern() != null && !field.pattern().isBlank() && !Pattern.compile(field.pattern()).matcher(value).matches()) {
			return "does not have the expected format";
		}
		return null;
	}

	private static boolean number(String value) {
		try {
			new BigDecimal(value);
			return value.length() <= 40;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean date(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}
}
