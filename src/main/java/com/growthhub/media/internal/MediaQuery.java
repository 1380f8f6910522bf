package com.growthhub.media.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the library's list, its CSV export and its page: type, a part of the name ({@code q}), a tag,
 * uploaded from/to, status, and membership of a collection or links to an event or a contact.
 */
public record MediaQuery(@Nullable MediaType type, @Nullable String q, @Nullable String tag, @Nullable Instant from,
		@Nullable Instant to, @Nullable MediaStatus status, @Nullable UUID collectionId, @Nullable UUID eventId,
		@Nullable UUID contactId) {

	public static final MediaQuery ALL = new MediaQuery(null, null, null, null, null, null, null, null, null);
}
