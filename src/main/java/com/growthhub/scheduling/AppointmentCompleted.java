package com.growthhub.scheduling;

import java.time.Instant;
import java.time.ZoneId;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * The rep marked a scheduled appointment completed: the meeting took place (analytics' consult show).
 *
 * @param timeZone the visitor's zone
 */
@DomainEvent
public record AppointmentCompleted(OrganizationId organizationId, AppointmentId appointmentId, ContactId contactId,
		UserId repId, Instant start, Instant end, ZoneId timeZone, BookingPageId bookingPageId) {
}
