package com.growthhub.journeys.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A journey as the API and the pages show it, with its steps in order and the moves its status allows. */
public record JourneyView(UUID id, UUID contactId, @Nullable UUID templateId, String name, JourneyStatus status,
		List<UUID> serviceIds, List<String> concerns, @Nullable UUID activeClientId, UUID startedBy, LocalDate startedOn,
		Instant createdAt, List<Step> steps) {

	@JsonProperty("allowed")
	public Set<JourneyStatus> allowed() {
		return status.next();
	}

	public record Step(UUID id, int position, String title, LocalDate dueOn, @Nullable UUID assigneeId,
			@Nullable Instant doneAt) {

		@JsonProperty("done")
		public boolean done() {
			return doneAt != null;
		}
	}
}
