package com.growthhub.media.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A collection as lists show it: {@code eventId} for an event's photos, {@code contactId} for a contact's profile
 * pictures, {@code expiresAt} for a snap; {@code coverId} is the first item that has a thumbnail.
 */
public record MediaCollection(UUID id, String name, CollectionKind kind, @Nullable UUID eventId,
		@Nullable UUID contactId, @Nullable Instant expiresAt, UUID createdBy, int itemCount, @Nullable UUID coverId,
		Instant createdAt, Instant updatedAt) {
}
