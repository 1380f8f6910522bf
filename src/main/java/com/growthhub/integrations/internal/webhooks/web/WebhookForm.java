package com.growthhub.integrations.internal.webhooks.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.growthhub.integrations.internal.webhooks.WebhookEventType;
import com.growthhub.integrations.internal.webhooks.WebhookView;
import com.growthhub.integrations.internal.webhooks.Webhooks;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The create and edit form of a webhook: checkboxes of the catalogue's events, or "all events" (also those added
 * later). Unchecked boxes send nothing, hence the nullable values.
 */
public record WebhookForm(@NotBlank @Size(max = 2000) String url, @Nullable @Size(max = 500) String description,
		@Nullable List<String> events, @Nullable Boolean allEvents, @Nullable Boolean enabled) {

	static WebhookForm empty() {
		return new WebhookForm("", "", List.of(), true, true);
	}

	static WebhookForm of(WebhookView view) {
		return new WebhookForm(view.url(), view.description(), view.events().stream().map(WebhookEventType::key).toList(),
				view.allEvents(), view.enabled());
	}

	@AssertTrue(message = "{webhooks.form.eventsRequired}")
	public boolean isSomeEventChosen() {
		return Boolean.TRUE.equals(allEvents) || (events != null && !events.isEmpty());
	}

	public boolean wants(String key) {
		return events != null && events.contains(key);
	}

	Webhooks.Draft toDraft(boolean enabledNow) {
		List<WebhookEventType> chosen = Boolean.TRUE.equals(allEvents) ? List.of() : WebhookPatch.events(events);
		return new Webhooks.Draft(url, description, chosen, enabled == null ? enabledNow : enabled);
	}
}
