package com.growthhub.scheduling.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.scheduling.internal.AppointmentDesk;
import com.growthhub.scheduling.internal.AppointmentFilter;
import com.growthhub.scheduling.internal.SchedulingInputException;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments", description = "Booked meetings; managers see every rep's, members their own")
class AppointmentApiController {

	private final AppointmentDesk desk;

	AppointmentApiController(AppointmentDesk desk) {
		this.desk = desk;
	}

	record Items(List<AppointmentPayload> items, @Nullable String nextCursor) {
	}

	record StatusChange(@Nullable String status) {
	}

	@GetMapping
	@Operation(summary = "Appointments, latest start first, keyset-paged; filter by repId, status and a start in "
			+ "[from, to)")
	Items list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String repId,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + AppointmentDesk.DEFAULT_LIMIT) int limit) {
		AppointmentDesk.Page page = desk.list(organization, actor, AppointmentFilter.parse(repId, status, from, to),
				PageCursor.parse(cursor), limit);
		return new Items(page.items().stream().map(AppointmentPayload::of).toList(), page.nextCursor());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One appointment")
	AppointmentPayload get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return AppointmentPayload.of(desk.get(organization, actor, id));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Moves a scheduled appointment to completed, no_show or cancelled: {status}; 409 when it is "
			+ "no longer scheduled")
	AppointmentPayload changeStatus(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody StatusChange body) {
		AppointmentStatus next;
		try {
			next = AppointmentStatus.fromKey(String.valueOf(body.status()));
		}
		catch (IllegalArgumentException ex) {
			throw SchedulingInputException.of("status", "One of completed, no_show, cancelled.");
		}
		return AppointmentPayload.of(desk.changeStatus(organization, actor, id, next));
	}
}
