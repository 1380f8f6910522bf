package com.growthhub.masterclasses.internal.live;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A chat message as the room and the console show it; staff messages have no registration. */
public record ChatMessage(UUID id, @Nullable UUID registrationId, String authorName, String body, boolean staff,
		boolean question, @Nullable Instant answeredAt, boolean pinned, int mediaSeconds, Instant createdAt,
		@Nullable Instant deletedAt) {
}
