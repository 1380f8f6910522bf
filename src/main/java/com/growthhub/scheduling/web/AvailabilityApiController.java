package com.growthhub.scheduling.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.scheduling.internal.Availabilities;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Availability", description = "When reps take meetings: weekly hours in their own zone, date overrides, "
		+ "buffers, minimum notice and a daily maximum")
class AvailabilityApiController {

	private final Availabilities availabilities;

	AvailabilityApiController(Availabilities availabilities) {
		this.availabilities = availabilities;
	}

	@GetMapping("/api/v1/availability")
	@Operation(summary = "The signed-in rep's availability (the default week, Monday to Friday 9-17, until saved)")
	AvailabilityPayload mine(OrganizationId organization, Actor actor) {
		return AvailabilityPayload.of(availabilities.of(organization, actor, actor.requireUserId()));
	}

	@PutMapping("/api/v1/availability")
	@Operation(summary = "Replaces the signed-in rep's availability")
	AvailabilityPayload putMine(OrganizationId organization, Actor actor, @RequestBody AvailabilityPayload body) {
		return AvailabilityPayload.of(availabilities.put(organization, actor, body.toAvailability(actor.requireUserId())));
	}

	@GetMapping("/api/v1/users/{id}/availability")
	@Operation(summary = "A member's availability")
	AvailabilityPayload of(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return AvailabilityPayload.of(availabilities.of(organization, actor, id));
	}

	@PutMapping("/api/v1/users/{id}/availability")
	@Operation(summary = "Replaces a member's availability (managers and admins, or the member themselves)")
	AvailabilityPayload put(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody AvailabilityPayload body) {
		return AvailabilityPayload.of(availabilities.put(organization, actor, body.toAvailability(id)));
	}
}
