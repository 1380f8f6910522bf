package com.growthhub.eventplanning.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.eventplanning.internal.AttendeeCsvExport;
import com.growthhub.eventplanning.internal.EventAnalytics;
import com.growthhub.eventplanning.internal.EventDraft;
import com.growthhub.eventplanning.internal.EventInvites;
import com.growthhub.eventplanning.internal.EventStatus;
import com.growthhub.eventplanning.internal.EventType;
import com.growthhub.eventplanning.internal.EventView;
import com.growthhub.eventplanning.internal.Events;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.TimeZoneId;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Events with agenda, capacity and budget; attendees, check-in and analytics")
class EventApiController {

	private final Events events;
	private final EventAnalytics analytics;
	private final AttendeeCsvExport attendeesCsv;
	private final EventInvites invites;

	EventApiController(Events events, EventAnalytics analytics, AttendeeCsvExport attendeesCsv, EventInvites invites) {
		this.events = events;
		this.analytics = analytics;
		this.attendeesCsv = attendeesCsv;
		this.invites = invites;
	}

	record EventRequest(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 10000) String description,
			@NotNull EventType type, @Nullable @Size(max = 500) String venue, @Nullable @Size(max = 2000) String onlineUrl,
			@NotNull Instant startsAt, @NotNull Instant endsAt, @Nullable @TimeZoneId String timeZone,
			@Nullable @Min(1) Integer capacity, @Nullable @Min(0) Long budgetCents, @Nullable @CurrencyCode String currency,
			@Nullable UUID ownerId, @Nullable @Min(0) @Max(43200) Integer reminderLeadMinutes) {

		EventDraft toDraft() {
			return new EventDraft(title, description, type, venue, onlineUrl, startsAt, endsAt, timeZone, capacity,
					budgetCents, currency, ownerId, reminderLeadMinutes);
		}
	}

	@GetMapping
	@Operation(summary = "Events by start time, earliest first, keyset-paged; filter by status and a start between from and to")
	Events.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable EventStatus status,
			@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "25") int limit) {
		return events.list(organization, actor, status, from, to, false, PageCursor.parse(cursor), limit);
	}

	@PostMapping
	@Operation(summary = "Create an event (a draft)", description = "The time zone and currency default to the "
			+ "organization's, the owner to the person creating it. endsAt not after startsAt answers 400.")
	ResponseEntity<EventView> create(OrganizationId organization, Actor actor, @Valid @RequestBody EventRequest body) {
		EventView created = events.create(organization, actor, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One event with its seats and the statuses it may move to")
	EventView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return events.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change some fields (absent stay, null clears the optional ones) and/or move the status",
			description = "status: draft → published → completed, draft/published → cancelled; other moves answer 409. "
					+ "Publishing sends the invitations; a change of time, place or title sends updates (SEQUENCE+1); "
					+ "cancelling sends cancellations. A capacity below the seats taken, or a time that leaves agenda items "
					+ "outside, answers 409; a stale version 409.")
	EventView update(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid @RequestBody EventPatch body) {
		EventView event = events.get(organization, actor, id);
		if (body.changesFields()) {
			event = events.update(organization, actor, id, body.applyTo(event), body.version());
		}
		if (body.status() != null && body.status() != event.status()) {
			event = events.transition(organization, actor, id, body.status());
		}
		return event;
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('MANAGER')")
	@Operation(summary = "Delete an event with its agenda, attendees and check-ins (managers and up)")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		events.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/analytics")
	@Operation(summary = "Registered, attended, no-shows, attendance rate, check-ins over time, budget utilization, "
			+ "cost per attendee and attendance per agenda item")
	EventAnalytics.Analytics analytics(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return analytics.of(organization, actor, id);
	}

	@GetMapping("/{id}/attendees.csv")
	@Operation(summary = "The attendees as CSV (streamed), optionally of one status")
	void attendeesCsv(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String status, HttpServletResponse response) throws IOException {
		try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(() -> {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event-attendees.csv\"");
			return response.getOutputStream();
		})) {
			attendeesCsv.write(organization, actor,
					status == null ? Map.of("eventId", List.of(id.toString()))
							: Map.of("eventId", List.of(id.toString()), "status", List.of(status)), csv);
		}
	}

	@GetMapping(value = "/{id}/invite.ics", produces = "text/calendar")
	@Operation(summary = "The event as a calendar invitation (METHOD:REQUEST with its current SEQUENCE and VTIMEZONE; "
			+ "METHOD:CANCEL once cancelled)")
	ResponseEntity<byte[]> invite(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"invite.ics\"")
			.body(invites.forEvent(organization, actor, id).getBytes(StandardCharsets.UTF_8));
	}
}
