package com.growthhub.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * An appointment as other modules read it.
 *
 * @param timeZone the visitor's zone, the one invites and emails show times in
 * @param assignmentReason why this rep, e.g. {@code round robin: least recently booked of 3 free}
 * @param answers the booking page's questions answered, by question key
 * @param sequence the iCalendar SEQUENCE of the appointment's invite
 */
public record Appointment(AppointmentId id, OrganizationId organizationId, BookingPageId bookingPageId,
		String bookingPageTitle, UserId repId, ContactId contactId, Instant start, Instant end, ZoneId timeZone,
		AppointmentStatus status, String assignmentReason, Map<String, String> answers, int sequence,
		Instant createdAt) {
}
