package com.growthhub.masterclasses.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.growthhub.masterclasses.internal.MasterclassView.Question;

/**
 * What a visitor types on the landing page, checked against the class's questions: a name, an email, maybe a phone,
 * answers by question key, and the UTM parameters the page was opened with (unknown UTM keys are dropped, since they
 * come from links anyone writes).
 */
public record RegistrationRequest(String name, String email, @Nullable String phone, Map<String, String> answers,
		Map<String, String> utm) {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
	private static final Set<String> UTM = Set.of("source", "medium", "campaign", "term", "content");

	public RegistrationRequest {
		answers = Map.copyOf(answers);
		utm = Map.copyOf(utm);
	}

	/** Reads the public API's JSON or the page's form fields ({@code q.KEY} answers, {@code utm_source} …). */
	public static RegistrationRequest read(Map<String, ? extends @Nullable Object> body) {
		String name = text(body, "name", 200);
		String email = text(body, "email", 254);
		if (name == null) {
			throw MasterclassInputException.field("name", "is required");
		}
		if (email == null || !EMAIL.matcher(email).matches() || email.length() > 254) {
			throw MasterclassInputException.field("email", "must be an email address");
		}
		String phone = text(body, "phone", 40);
		if (phone != null && !phone.matches("^[+0-9 ()./-]{3,40}$")) {
			throw MasterclassInputException.field("phone", "must be a phone number");
		}
		Map<String, String> answers = new LinkedHashMap<>();
		Map<String, String> utm = new LinkedHashMap<>();
		if (body.get("answers") instanceof Map<?, ?> given) {
			given.forEach((key, value) -> answers.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
		}
		else if (body.get("answers") != null) {
			throw MasterclassInputException.field("answers", "must be an object of answers by question key");
		}
		if (body.get("utm") instanceof Map<?, ?> given) {
			given.forEach((key, value) -> utm(utm, String.valueOf(key), value));
		}
		body.forEach((key, value) -> {
			if (key.startsWith("q.")) {
				answers.put(key.substring(2), value == null ? "" : String.valueOf(value));
			}
			else if (key.startsWith("utm_")) {
				utm(utm, key.substring(4), value);
			}
		});
		return new RegistrationRequest(name, email.toLowerCase(Locale.ROOT), phone, answers, utm);
	}

	/** The answers to the class's questions only, the required ones present. */
	Map<String, String> answersFor(java.util.List<Question> questions) {
		Map<String, String> kept = new LinkedHashMap<>();
		for (Question question : questions) {
			String answer = answers.getOrDefault(question.key(), "").strip();
			if (answer.length() > 2000) {
				throw MasterclassInputException.field("answers." + question.key(), "has at most 2000 characters");
			}
			if (answer.isEmpty()) {
				if (question.required()) {
					throw MasterclassInputException.field("answers." + question.key(), "is required");
				}
				continue;
			}
			kept.put(question.key(), answer);
		}
		return kept;
	}

	private static void utm(Map<String, String> utm, String key, @Nullable Object value) {
		String k = key.toLowerCase(Locale.ROOT);
		if (UTM.contains(k) && value != null && !String.valueOf(value).isBlank()) {
			String text = String.valueOf(value).strip();
			utm.put(k, text.length() > 200 ? text.substring(0, 200) : text);
		}
	}

	private static @Nullable String text(Map<String, ? extends @Nullable Object> body, String key, int max) {
		Object value = body.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw MasterclassInputException.field(key, "must be text");
		}
		if (text.strip().length() > max) {
			throw MasterclassInputException.field(key, "has at most " + max + " characters");
		}
		return text.strip();
	}
}
