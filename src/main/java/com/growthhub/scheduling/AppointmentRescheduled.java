package com.growthhub.scheduling;

import java.time.Instant;
import java.time.ZoneId;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * A scheduled appointment moved to another time (and perhaps another rep): `start`/`end` are the new times,
 * `previousStart`/`previousEnd` the old ones; `sequence` is the invite's new SEQUENCE, so attendees' calendars replace
 * the old entry.
 *
 * @param timeZone the visitor's zone
 */
@DomainEvent
public record AppointmentRescheduled(OrganizationId organizationId, AppointmentId appointmentId, ContactId contactId,
		UserId repId, Instant start, Instant end, ZoneId timeZone, BookingPageId bookingPageId, Instant previousStart,
		Instant previousEnd, int sequence) {
}
