package com.growthhub.eventplanning.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 409: the request conflicts with the event's state or with what is already there. */
public class EventConflictException extends ProblemException {

	private EventConflictException(String title, String detail) {
		super(HttpStatus.CONFLICT, title, detail);
	}

	private EventConflictException with(String name, Object value) {
		withProperty(name, value);
		return this;
	}

	public static EventConflictException transition(EventStatus from, EventStatus to) {
		List<String> allowed = from.next().stream().map(EventStatus::key).toList();
		return new EventConflictException("Status change not allowed", "An event cannot move from "
				+ from.key() + " to " + to.key() + "; allowed: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ".")
			.with("allowed", allowed);
	}

	public static EventConflictException closed(EventStatus status) {
		return new EventConflictException("Event closed", "The event is " + status.key() + ": attendees can no longer change.");
	}

	public static EventConflictException notCheckingIn(EventStatus status) {
		return new EventConflictException("Check-in closed",
				"Check-in opens when the event is published; this one is " + status.key() + ".");
	}

	public static EventConflictException otherEvent() {
		return new EventConflictException("Pass for another event", "This pass is for another event.");
	}

	public static EventConflictException roomTaken(String room, UUID otherItem, String otherTitle) {
		return new EventConflictException("Room taken",
				"The room " + room + " is taken at that time by \"" + otherTitle + "\".")
			.with("conflictingItemId", otherItem);
	}

	public static EventConflictException alreadyAttending(UUID attendeeId) {
		return new EventConflictException("Already registered",
				"This person is already on the event's list.").with("existingId", attendeeId);
	}

	public static EventConflictException attendee(AttendeeStatus status, String action) {
		return new EventConflictException("Not possible for this attendee",
				"An attendee who is " + status.key().replace('_', ' ') + " cannot be " + action + ".")
			.with("attendeeStatus", status.key());
	}

	/** The code was scanned before: the scan is recorded, and the answer says when the person came in. */
	public static EventConflictException alreadyCheckedIn(UUID attendeeId, String name, Instant at) {
		return new EventConflictException("Already checked in",
				name + " already checked in at " + at + ".")
			.with("attendeeId", attendeeId)
			.with("checkedInAt", at.toString());
	}

	public static EventConflictException alreadyCheckedOut(UUID attendeeId, String name, Instant at) {
		return new EventConflictException("Already checked out",
				name + " already checked out at " + at + ".")
			.with("attendeeId", attendeeId)
			.with("checkedOutAt", at.toString());
	}

	public static EventConflictException capacityBelowSeats(int taken) {
		return new EventConflictException("Capacity too small",
				"The capacity cannot be lower than the " + taken + " people who already hold a seat.");
	}

	public static EventConflictException staleVersion(long current) {
		return new EventConflictException("Changed meanwhile",
				"Someone else changed the event since you read it; read it again.").with("version", current);
	}

	public static EventConflictException agendaOutside() {
		return new EventConflictException("Agenda outside the event",
				"Some agenda items would lie outside the event's new time; move them first.");
	}
}
