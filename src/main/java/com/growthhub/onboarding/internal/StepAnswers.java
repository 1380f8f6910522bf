package com.growthhub.onboarding.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A step's answers checked against its fields: every value has the field's shape or the request is refused naming
 * the field. Secrets are split off, so they reach the vault and nothing else. A blank secret keeps the one given
 * before.
 */
record StepAnswers(Map<String, Object> answers, Map<String, String> secrets) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-.]{6,30}$");
	private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
	private static final Pattern URL = Pattern.compile("^https?://[^\\s]{1,1990}$");

	static StepAnswers check(OnboardingStep step, Map<String, ?> input, List<String> offeredServices) {
		Map<String, Object> answers = new LinkedHashMap<>();
		Map<String, String> secrets = new LinkedHashMap<>();
		input.forEach((name, raw) -> {
			StepField field = step.field(name)
				.orElseThrow(() -> OnboardingInputException.field(name, "is not a field of the " + step.key() + " step"));
			if (field.secret()) {
				String secret = text(name, raw, 500);
				if (!secret.isEmpty()) {
					secrets.put(name, secret);
				}
				return;
			}
			Object value = value(step, field, raw, offeredServices);
			if (value != null) {
				answers.put(name, value);
			}
		});
		return new StepAnswers(answers, secrets);
	}

	private static @Nullable Object value(OnboardingStep step, StepField field, @Nullable Object raw,
			List<String> offeredServices) {
		String name = field.name();
		return switch (field.kind()) {
			case TEXT -> blankToNull(text(name, raw, 200));
			case LONG_TEXT -> blankToNull(text(name, raw, 4000));
			case EMAIL -> matching(name, raw, EMAIL, "must be an email address");
			case PHONE -> matching(name, raw, PHONE, "must be a phone number");
			case URL -> matching(name, raw, URL, "must be a web address starting with http:// or https://");
			case YES_NO -> yesNo(name, raw);
			case CHOICE -> {
				String choice = blankToNull(text(name, raw, 80));
				if (choice != null && !field.choices().contains(choice)) {
					throw OnboardingInputException.field(name, "must be one of " + String.join(", ", field.choices()));
				}
				yield choice;
			}
			case CHOICES -> {
				List<String> allowed = step == OnboardingStep.SERVICES ? offeredServices : field.choices();
				List<String> chosen = list(name, raw);
				for (String choice : chosen) {
					if (!allowed.contains(choice)) {
						throw OnboardingInputException.field(name, "must be among " + String.join(", ", allowed));
					}
				}
				yield chosen;
			}
			case COLORS -> {
				List<String> colors = list(name, raw);
				if (colors.size() > 12 || colors.stream().anyMatch(color -> !COLOR.matcher(color).matches())) {
					throw OnboardingInputException.field(name, "must be up to 12 colors written as #rrggbb");
				}
				yield colors.stream().map(color -> color.toLowerCase(java.util.Locale.ROOT)).toList();
			}
			case SECRET -> throw new IllegalStateException("secrets are split off before");
		};
	}

	private static String text(String name, @Nullable Object raw, int max) {
		if (raw == null) {
			return "";
		}
		if (!(raw instanceof String text)) {
			throw OnboardingInputException.field(name, "must be text");
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw OnboardingInputException.field(name, "must be at most " + max + " characters");
		}
		return stripped;
	}

	private static @Nullable String matching(String name, @Nullable Object raw, Pattern pattern, String message) {
		String text = blankToNull(text(name, raw, 2000));
		if (text != null && !pattern.matcher(text).matches()) {
			throw OnboardingInputException.field(name, message);
		}
		return text;
	}

	private static Boolean yesNo(String name, @Nullable Object raw) {
		return switch (raw) {
			case null -> false;
			case Boolean flag -> flag;
			case String text when text.equals("true") || text.equals("on") -> true;
			case String text when text.equals("false") || text.isEmpty() -> false;
			default -> throw OnboardingInputException.field(name, "must be true or false");
		};
	}

	/** A JSON array, or the values of a form's checkboxes, or one comma-separated text. */
	private static List<String> list(String name, @Nullable Object raw) {
		Collection<?> items = switch (raw) {
			case null -> List.of();
			case Collection<?> collection -> collection;
			case String text -> Arrays.asList(text.split(","));
			default -> throw OnboardingInputException.field(name, "must be a list");
		};
		List<String> values = new ArrayList<>();
		for (Object item : items) {
			String value = text(name, item, 80);
			if (!value.isEmpty() && !values.contains(value)) {
				values.add(value);
			}
		}
		return values;
	}

	private static @Nullable String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}
}
