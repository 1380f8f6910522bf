package com.growthhub.contacts.internal.search;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.InvalidContactException;

/** The filters, sort and page of a contact list; {@code customFields} maps a field key to the raw filter value. */
public record ContactQuery(@Nullable String q, @Nullable ContactType type, @Nullable String status, @Nullable UUID tag,
		@Nullable UUID listId, @Nullable UUID ownerId, @Nullable String source, @Nullable String campaign,
		@Nullable Instant createdFrom, @Nullable Instant createdTo, Map<String, String> customFields, Sort sort,
		@Nullable String cursor, int limit, boolean deleted) {

	public enum Sort {
		UPDATED, CREATED, NAME, SCORE, LAST_INTERACTION;

		public static Sort fromKey(@Nullable String key) {
			if (key == null || key.isBlank()) {
				return UPDATED;
			}
			return switch (key.strip()) {
				case "updated", "updatedAt" -> UPDATED;
				case "created", "createdAt" -> CREATED;
				case "name" -> NAME;
				case "score", "leadScore" -> SCORE;
				case "lastInteraction", "lastInteractionAt" -> LAST_INTERACTION;
				default -> throw InvalidContactException.field("sort",
						"must be one of updated, created, name, score, lastInteraction");
			};
		}
	}
}
