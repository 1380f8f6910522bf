package com.growthhub.messaging.internal.lines;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One message of a conversation; {@code status} queued → sent or failed for what the line sends, received otherwise. */
public record MessageView(UUID id, UUID conversationId, Direction direction, String body, MessageStatus status,
		String fromAddress, String toAddress, @Nullable UUID authorId, @Nullable String lastError, @Nullable Instant sentAt,
		Instant createdAt) {

	public enum Direction {
		OUTBOUND, INBOUND
	}

	public enum MessageStatus {
		QUEUED, SENT, FAILED, RECEIVED
	}
}
