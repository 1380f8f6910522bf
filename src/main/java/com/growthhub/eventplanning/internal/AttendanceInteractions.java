package com.growthhub.eventplanning.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.eventplanning.AttendeeCheckedIn;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * A contact who came to an event gets an {@code event_attendance} interaction on their timeline, once per event: the
 * attendee's flag and the interaction commit together, so a redelivered event logs nothing more.
 */
@Component
class AttendanceInteractions {

	private static final Actor JOB = new Actor.Job("event-attendance");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactDirectory contacts;

	AttendanceInteractions(JdbcClient jdbc, TenantTransactions transactions, ContactDirectory contacts) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contacts = contacts;
	}

	@ApplicationModuleListener
	void on(AttendeeCheckedIn checkedIn) {
		if (checkedIn.contactId() == null) {
			return;
		}
		transactions.run(checkedIn.organizationId(), JOB, () -> {
			int first = jdbc.sql("""
					update event_attendees set attendance_logged = true
					where organization_id = ? and id = ? and not attendance_logged
					""").params(checkedIn.organizationId().value(), checkedIn.attendeeId()).update();
			if (first == 1) {
				contacts.logInteraction(checkedIn.organizationId(), JOB, checkedIn.contactId(), "event_attendance",
						"Attended " + checkedIn.eventTitle(), checkedIn.occurredAt(),
						Map.of("eventId", checkedIn.eventId().value().toString(), "attendeeId", checkedIn.attendeeId().toString()));
			}
		});
	}
}
