package com.growthhub.scheduling.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import com.growthhub.scheduling.Appointment;

/** An appointment in the API; {@code localStart} is the start in the visitor's zone. */
record AppointmentPayload(UUID id, UUID bookingPageId, String bookingPageTitle, UUID repId, UUID contactId,
		Instant start, Instant end, String timeZone, OffsetDateTime localStart, String status, String assignmentReason,
		Map<String, String> answers, int sequence, Instant createdAt) {

	static AppointmentPayload of(Appointment a) {
		return new AppointmentPayload(a.id().value(), a.bookingPageId().value(), a.bookingPageTitle(), a.repId().value(),
				a.contactId().value(), a.start(), a.end(), a.timeZone().getId(),
				a.start().atZone(a.timeZone()).toOffsetDateTime(), a.status().key(), a.assignmentReason(), a.answers(),
				a.sequence(), a.createdAt());
	}
}
