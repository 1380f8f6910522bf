package com.growthhub.scheduling.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/** A booking page: what visitors book at {@code /book/{slug}}, with whom and how the rep is picked. */
public record BookingPage(UUID id, OrganizationId organizationId, String slug, String title,
		@Nullable String description, int durationMinutes, int slotStepMinutes, AssignmentMode assignmentMode,
		@Nullable UUID fixedRepId, List<Question> questions, boolean active, List<UUID> repIds, @Nullable UUID createdBy, Instant createdAt) {

	/**
	 * Who a visitor's booking acts as where a person must (a new contact is created by someone): the page's creator, as a
	 * form's submissions act as the form's creator; the first rep when the creator is unknown.
	 */
	public UUID actingUser() {
		return createdBy != null ? createdBy : repIds.getFirst();
	}

	public Duration duration() {
		return Duration.ofMinutes(durationMinutes);
	}

	public Duration step() {
		return Duration.ofMinutes(slotStepMinutes);
	}
}
