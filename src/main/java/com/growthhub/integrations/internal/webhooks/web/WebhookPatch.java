package com.growthhub.integrations.internal.webhooks.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.growthhub.integrations.internal.webhooks.WebhookEventType;
import com.growthhub.integrations.internal.webhooks.WebhookInputException;
import com.growthhub.integrations.internal.webhooks.Webhooks;

/** The API's PATCH of a subscription: properties present replace the current values, unknown ones are refused. */
final class WebhookPatch {

	private static final Set<String> FIELDS = Set.of("url", "description", "events", "enabled");

	private WebhookPatch() {
	}

	static Webhooks.Draft apply(Webhooks.Draft current, Map<String, @Nullable Object> body) {
		body.keySet().stream().filter(key -> !FIELDS.contains(key)).findFirst().ifPresent(key -> {
			throw WebhookInputException.field(key, "is not a property of a webhook");
		});
		String url = body.containsKey("url") ? text(body.get("url"), "url") : current.url();
		if (url == null || url.isBlank()) {
			throw WebhookInputException.field("url", "must not be blank");
		}
		String description = body.containsKey("description") ? text(body.get("description"), "description")
				: current.description();
		if (description != null && description.length() > 500) {
			throw WebhookInputException.field("description", "must be at most 500 characters");
		}
		List<WebhookEventType> events = body.containsKey("events") ? events(body.get("events")) : current.events();
		boolean enabled = current.enabled();
		if (body.containsKey("enabled")) {
			if (!(body.get("enabled") instanceof Boolean flag)) {
				throw WebhookInputException.field("enabled", "must be true or false");
			}
			enabled = flag;
		}
		return new Webhooks.Draft(url, description, events, enabled);
	}

	private static @Nullable String text(@Nullable Object value, String field) {
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw WebhookInputException.field(field, "must be text");
	}

	static List<WebhookEventType> events(@Nullable Object value) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw WebhookInputException.field("events", "must be a list of event keys");
		}
		return list.stream().map(item -> parse(String.valueOf(item))).distinct().toList();
	}

	private static WebhookEventType parse(String key) {
		String name = key.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		return Arrays.stream(WebhookEventType.values())
			.filter(type -> type.name().equals(name))
			.findFirst()
			.orElseThrow(() -> WebhookInputException.field("events", "must be one of " + Arrays.stream(WebhookEventType.values())
				.map(WebhookEventType::key).toList()));
	}
}
