package com.growthhub.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.CurrencyCode;

/**
 * The check constraints of the pipeline tables, checked before writing so that every bad field is named at once
 * (a 400) instead of the first one failing in the database (a 500). Texts are checked as they will be stored:
 * stripped.
 */
final class FieldChecks {

	private final List<Map<String, String>> errors = new ArrayList<>();

	/** Null means "not given"; given, it must have a character that is not a space. */
	FieldChecks text(String field, @Nullable String value, boolean required, int max) {
		if (value == null) {
			return required ? refuse(field, "must not be blank") : this;
		}
		String stripped = value.strip();
		if (stripped.isEmpty()) {
			return refuse(field, "must not be blank");
		}
		return stripped.codePointCount(0, stripped.length()) > max ? refuse(field, "must be at most " + max + " characters")
				: this;
	}

	FieldChecks atMost(String field, @Nullable String value, int max) {
		return value != null && value.codePointCount(0, value.length()) > max
				? refuse(field, "must be at most " + max + " characters") : this;
	}

	FieldChecks between(String field, @Nullable Number value, long min, long max) {
		return value != null && (value.longValue() < min || value.longValue() > max)
				? refuse(field, "must be between " + min + " and " + max) : this;
	}

	FieldChecks notNegative(String field, @Nullable Long value) {
		return value != null && value < 0 ? refuse(field, "must be 0 or more") : this;
	}

	FieldChecks matches(String field, @Nullable String value, String regex, String message) {
		return value != null && !value.matches(regex) ? refuse(field, message) : this;
	}

	/** An ISO 4217 code in any case, as {@code CurrencyCode} checks the API's. */
	FieldChecks currency(String field, @Nullable String value) {
		return value != null && !CurrencyCode.Validator.known(value)
				? refuse(field, "must be an ISO 4217 currency code such as USD") : this;
	}

	FieldChecks refuse(String field, String message) {
		errors.add(Map.of("field", field, "message", message));
		return this;
	}

	/** Each bad field with its messages, for a form that found another bad field itself. */
	Map<String, String> found() {
		Map<String, String> found = new java.util.LinkedHashMap<>();
		errors.forEach(error -> found.merge(error.get("field"), error.get("message"), (a, b) -> a + "; " + b));
		return found;
	}

	void orThrow() {
		if (!errors.isEmpty()) {
			throw new InvalidPipelineInputException(errors);
		}
	}
}
