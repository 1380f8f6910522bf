package com.growthhub.forms.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A form as the API and the pages show it: its draft definition, whether the draft differs from the live version, and
 * the addresses to publish it with.
 *
 * @param status draft (never published), published (live and the draft equals it) or changed (live, draft edited since)
 */
public record FormView(UUID id, String name, Status status, @Nullable Integer publishedVersion, FormDefinition definition,
		String hostedPath, String embedPath, Instant createdAt, Instant updatedAt) {

	public enum Status {
		DRAFT, PUBLISHED, CHANGED
	}
}
