package com.growthhub.integrations.internal.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One delivery in a subscription's log: the request as its last attempt sent it (headers and body) and what the
 * receiver answered (status, the first 2 KB of the body, how long it took).
 *
 * @param type the payload's type, dotted ({@code contact.created}, {@code webhook.test})
 * @param messageId the {@code webhook-id} header, the same for every attempt and replay of one message
 * @param attempts how many attempts were made so far
 * @param nextAttemptAt when the next attempt is due, while pending
 * @param replayOf the delivery this one replays
 * @param history every attempt, first to last; only in the answer about one delivery
 */
public record DeliveryView(UUID id, UUID subscriptionId, String messageId, String type, DeliveryStatus status,
		int attempts, @Nullable Instant nextAttemptAt, @Nullable Map<String, String> requestHeaders, String requestBody,
		@Nullable Integer responseStatus, @Nullable String responseBody, @Nullable Integer durationMs,
		@Nullable String error, Instant occurredAt, Instant createdAt, @Nullable Instant lastAttemptAt,
		@Nullable Instant deliveredAt, @Nullable UUID replayOf, @Nullable List<AttemptView> history) {

	/** One attempt: when, the receiver's status (none when it could not be reached, see error), and the next due. */
	public record AttemptView(int attempt, Instant at, @Nullable Integer responseStatus, int durationMs,
			@Nullable String error, @Nullable Instant nextAttemptAt) {
	}

	DeliveryView withHistory(List<AttemptView> attempts) {
		return new DeliveryView(id, subscriptionId, messageId, type, status, this.attempts, nextAttemptAt, requestHeaders,
				requestBody, responseStatus, responseBody, durationMs, error, occurredAt, createdAt, lastAttemptAt,
				deliveredAt, replayOf, List.copyOf(attempts));
	}
}
