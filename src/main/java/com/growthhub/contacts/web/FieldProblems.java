package com.growthhub.contacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;

/**
 * What is wrong with one field edited in place, in the words the full form uses: its own messages as they are, any
 * other field the service names prefixed with that field's name, and the contact that already has a duplicate email.
 * Public accessors: the templates read them.
 */
record FieldProblems(List<String> messages, @Nullable Object existingId) {

	static FieldProblems none() {
		return new FieldProblems(List.of(), null);
	}

	static FieldProblems of(List<String> messages) {
		return new FieldProblems(List.copyOf(messages), null);
	}

	/** Only our own 4xx answers are readable (as in {@link ContactProblems}); the rest goes on to the error page. */
	static FieldProblems of(ErrorResponseException ex, String field) {
		if (!ex.getStatusCode().is4xxClientError()) {
			throw ex;
		}
		Map<String, Object> properties = ex.getBody().getProperties() == null ? Map.of() : ex.getBody().getProperties();
		List<String> messages = new ArrayList<>();
		if (properties.get("errors") instanceof List<?> errors) {
			for (Object error : errors) {
				if (error instanceof Map<?, ?> named && named.get("field") instanceof String name
						&& named.get("message") instanceof String message) {
					messages.add(name.equals(field) ? message : name + " " + message);
				}
			}
		}
		if (messages.isEmpty()) {
			messages.add(String.valueOf(ex.getBody().getDetail()));
		}
		return new FieldProblems(messages, properties.get("existingId"));
	}

	public boolean any() {
		return !messages.isEmpty();
	}
}
