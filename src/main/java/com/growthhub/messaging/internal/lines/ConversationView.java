package com.growthhub.messaging.internal.lines;

import java.time.Instant;
import java.util.UUID;

public record ConversationView(UUID id, UUID lineId, UUID contactId, Channel channel, Instant createdAt,
		Instant lastMessageAt) {
}
