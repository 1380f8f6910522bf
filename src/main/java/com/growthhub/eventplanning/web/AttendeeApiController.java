package com.growthhub.eventplanning.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.eventplanning.internal.AttendeeStatus;
import com.growthhub.eventplanning.internal.AttendeeView;
import com.growthhub.eventplanning.internal.Attendees;
import com.growthhub.eventplanning.internal.CheckIns;
import com.growthhub.eventplanning.internal.EventConflictException;
import com.growthhub.eventplanning.internal.EventInputException;
import com.growthhub.eventplanning.internal.NewAttendee;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Events", description = "Events with agenda, capacity and budget; attendees, check-in and analytics")
class AttendeeApiController {

	private final Attendees attendees;
	private final CheckIns checkIns;

	AttendeeApiController(Attendees attendees, CheckIns checkIns) {
		this.attendees = attendees;
		this.checkIns = checkIns;
	}

	/** One of: a contact's id, a member's id, or a person by email and name (a contact is found by email or made). */
	record AttendeeRequest(@Nullable UUID contactId, @Nullable UUID userId, @Nullable @Size(max = 254) String email,
			@Nullable @Size(max = 100) String firstName, @Nullable @Size(max = 100) String lastName) {

		NewAttendee toNewAttendee() {
			int given = (contactId != null ? 1 : 0) + (userId != null ? 1 : 0) + (email != null ? 1 : 0);
			if (given != 1) {
				throw EventInputException.field("contactId", "give exactly one of contactId, userId or email (with firstName)");
			}
			if (contactId != null) {
				return new NewAttendee.Contact(contactId);
			}
			if (userId != null) {
				return new NewAttendee.Member(userId);
			}
			if (firstName == null || firstName.isBlank()) {
				throw EventInputException.field("firstName", "is required with an email");
			}
			return new NewAttendee.Person(firstName, lastName, email);
		}
	}

	record ScanRequest(@Nullable UUID agendaItemId) {
	}

	record CodeRequest(@NotBlank @Size(max = 200) String code, @Nullable UUID agendaItemId) {
	}

	/** A check-in or check-out that was recorded. */
	record ScanResponse(AttendeeView attendee, String eventTitle, @Nullable UUID agendaItemId, Instant scannedAt) {

		/** A repeat is recorded too, but answered as the 409 it is. */
		static ScanResponse of(CheckIns.Scan scan, boolean out) {
			if (scan.repeated()) {
				Instant since = scan.since() != null ? scan.since() : scan.scannedAt();
				throw out ? EventConflictException.alreadyCheckedOut(scan.attendee().id(), scan.attendee().name(), since)
						: EventConflictException.alreadyCheckedIn(scan.attendee().id(), scan.attendee().name(), since);
			}
			return new ScanResponse(scan.attendee(), scan.eventTitle(), scan.agendaItemId(), scan.scannedAt());
		}
	}

	@GetMapping("/api/v1/events/{eventId}/attendees")
	@Operation(summary = "The event's attendees in registration order, keyset-paged; filter by status, search q in names and emails")
	Attendees.Page list(OrganizationId organization, Actor actor, @PathVariable UUID eventId,
			@RequestParam(required = false) @Nullable AttendeeStatus status, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		return attendees.list(organization, actor, eventId, status, q, PageCursor.parse(cursor), limit);
	}

	@PostMapping("/api/v1/events/{eventId}/attendees")
	@Operation(summary = "Register a contact, a member, or a person by email + firstName (+ lastName)",
			description = "A free seat makes them registered, else waitlisted. A contact is found by email or created. "
					+ "Someone already on the list answers 409 with existingId; a closed event 409.")
	ResponseEntity<AttendeeView> add(OrganizationId organization, Actor actor, @PathVariable UUID eventId,
			@Valid @RequestBody AttendeeRequest body) {
		AttendeeView added = attendees.add(organization, actor, eventId, body.toNewAttendee());
		return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/attendees/" + added.id())).body(added);
	}

	@GetMapping("/api/v1/events/{eventId}/attendees/{attendeeId}")
	@Operation(summary = "One attendee")
	AttendeeView get(OrganizationId organization, Actor actor, @PathVariable UUID eventId, @PathVariable UUID attendeeId) {
		return attendees.get(organization, actor, eventId, attendeeId);
	}

	@PostMapping("/api/v1/events/{eventId}/attendees/{attendeeId}/cancel")
	@Operation(summary = "Cancel a registration; the freed seat goes to the first person waiting")
	AttendeeView cancel(OrganizationId organization, Actor actor, @PathVariable UUID eventId, @PathVariable UUID attendeeId) {
		return attendees.cancel(organization, actor, eventId, attendeeId);
	}

	@PostMapping("/api/v1/events/{eventId}/attendees/{attendeeId}/check-in")
	@Operation(summary = "Check an attendee in by hand (at the door, or at an agenda item with agendaItemId)",
			description = "Someone already in answers 409 with checkedInAt; the scan is recorded either way.")
	ScanResponse checkIn(OrganizationId organization, Actor actor, @PathVariable UUID eventId, @PathVariable UUID attendeeId,
			@Valid @RequestBody(required = false) @Nullable ScanRequest body) {
		return ScanResponse.of(checkIns.checkIn(organization, actor, eventId, attendeeId,
				body == null ? null : body.agendaItemId()), false);
	}

	@PostMapping("/api/v1/events/{eventId}/attendees/{attendeeId}/check-out")
	@Operation(summary = "Check an attendee out; twice answers 409 with checkedOutAt")
	ScanResponse checkOut(OrganizationId organization, Actor actor, @PathVariable UUID eventId,
			@PathVariable UUID attendeeId) {
		return ScanResponse.of(checkIns.checkOut(organization, actor, eventId, attendeeId), true);
	}

	@PostMapping("/api/v1/events/check-in")
	@Operation(summary = "Check in the holder of a scanned pass code (at an agenda item with agendaItemId)",
			description = "An unknown or forged code answers 404; the same code again answers 409 with checkedInAt.")
	ScanResponse checkInByCode(OrganizationId organization, Actor actor, @Valid @RequestBody CodeRequest body) {
		return ScanResponse.of(checkIns.checkInByCode(organization, actor, body.code(), body.agendaItemId()), false);
	}
}
