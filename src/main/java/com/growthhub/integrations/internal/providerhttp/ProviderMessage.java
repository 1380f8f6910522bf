package com.growthhub.integrations.internal.providerhttp;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The human part of a provider's error answer: HubSpot's and HighLevel's {@code message} (HighLevel's validation sends a list), Salesforce's
 * {@code [{"message", "errorCode"}]}, Google's {@code error.message}, OAuth's {@code error_description}; else the
 * text itself, shortened.
 */
final class ProviderMessage {

	private static final int LONGEST = 300;

	private static final List<String> FIELDS = List.of("message", "error_description", "error");

	private ProviderMessage() {
	}

	static String of(String body) {
		try {
			JsonNode json = JsonMapper.shared().readTree(body);
			JsonNode first = json.isArray() ? json.path(0) : json;
			JsonNode google = first.path("error").path("message");
			if (google.isString()) {
				return shorten(google.stringValue());
			}
			JsonNode messages = first.path("message");
			if (messages.isArray() && !messages.isEmpty()) {
				List<String> texts = new java.util.ArrayList<>();
				messages.forEach(message -> texts.add(message.asString("")));
				return shorten(String.join("; ", texts));
			}
			for (String field : FIELDS) {
				JsonNode value = first.path(field);
				if (value.isString() && !value.stringValue().isBlank()) {
					String code = first.path("errorCode").isString() ? " (" + first.path("errorCode").stringValue() + ")" : "";
					return shorten(value.stringValue() + code);
				}
			}
		}
		catch (JacksonException notJson) {
			// Shown as it came, shortened.
		}
		return shorten(body.strip());
	}

	private static String shorten(String text) {
		return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "…";
	}
}
