package com.growthhub.integrations.internal.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A subscription as pages and the API show it. The signing secret itself is in {@code secret} only in the answer to
 * creating the subscription and to rotating its secret; afterwards only that it is set and its last four characters.
 *
 * @param events the events it receives; empty when {@code allEvents}
 * @param disabledReason why the application disabled it after failing deliveries
 */
public record WebhookView(UUID id, String url, @Nullable String description, boolean allEvents,
		List<WebhookEventType> events, boolean enabled, @Nullable String disabledReason, boolean secretSet,
		@Nullable String secretLastFour, @Nullable String secret, @Nullable LastDelivery lastDelivery, Instant createdAt,
		Instant updatedAt) {

	/** The newest delivery's outcome, for the list. */
	public record LastDelivery(UUID id, DeliveryStatus status, @Nullable Integer responseStatus, Instant at) {
	}

	WebhookView withSecret(String secret, @Nullable String lastFour) {
		return new WebhookView(id, url, description, allEvents, events, enabled, disabledReason, true, lastFour, secret,
				lastDelivery, createdAt, updatedAt);
	}

	WebhookView withHint(@Nullable String lastFour) {
		return new WebhookView(id, url, description, allEvents, events, enabled, disabledReason, lastFour != null, lastFour,
				null, lastDelivery, createdAt, updatedAt);
	}

	/** Whether an event of {@code type} goes to this subscription. */
	boolean wants(WebhookEventType type) {
		return allEvents || events.contains(type);
	}
}
