package com.growthhub.integrations.internal.sync;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A record a run could not apply, a conflict it settled, or a field of a record it left out (a warning), in words a
 * person can act on.
 */
public record RunError(UUID id, Kind kind, @Nullable String externalId, @Nullable UUID contactId, @Nullable String field,
		String message, Instant occurredAt) {

	public enum Kind {
		ERROR, CONFLICT, WARNING
	}
}
