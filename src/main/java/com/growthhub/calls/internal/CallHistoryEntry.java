package com.growthhub.calls.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One change of a call's category, rating or review.
 *
 * @param changedBy person, provider or classifier
 * @param detail the provider's key or the classifier's source (model name, or rules)
 */
public record CallHistoryEntry(UUID id, String field, @Nullable String oldValue, @Nullable String newValue,
		String changedBy, @Nullable UUID actorUserId, @Nullable String detail, Instant occurredAt) {

	static final String PERSON = "person";
	static final String PROVIDER = "provider";
	static final String CLASSIFIER = "classifier";
}
