package com.growthhub.scheduling;

import java.time.Instant;
import java.time.ZoneId;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * A visitor (or a person for them) booked an appointment on a booking page: the rep's time is held. Analytics counts a consult booked; the lead's timeline shows it.
 *
 * @param timeZone the visitor's zone
 */
@DomainEvent
public record AppointmentBooked(OrganizationId organizationId, AppointmentId appointmentId, ContactId contactId,
		UserId repId, Instant start, Instant end, ZoneId timeZone, BookingPageId bookingPageId) {
}
