package com.growthhub.scheduling;

import java.time.Instant;
import java.time.ZoneId;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * A scheduled appointment was cancelled (by the rep, a manager or the visitor's link): the rep's time is free again and the invite should be withdrawn.
 *
 * @param timeZone the visitor's zone
 */
@DomainEvent
public record AppointmentCancelled(OrganizationId organizationId, AppointmentId appointmentId, ContactId contactId,
		UserId repId, Instant start, Instant end, ZoneId timeZone, BookingPageId bookingPageId) {
}
