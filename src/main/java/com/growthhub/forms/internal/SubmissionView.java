package com.growthhub.forms.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A submission as the list shows it: its answers (a file field's answer is the file's name; {@code files} says where
 * its bytes are), where it stands, and what it became.
 */
public record SubmissionView(UUID id, UUID formId, int formVersion, Status status, Map<String, List<String>> answers,
		List<SubmissionFile> files,
		List<String> spamReasons, int attempts, @Nullable String lastError, @Nullable UUID contactId,
		@Nullable UUID dealId, @Nullable String classification, Instant receivedAt, @Nullable Instant processedAt) {

	public enum Status {
		QUEUED, PROCESSED, QUARANTINED, FAILED
	}
}
