package com.growthhub.scheduling.internal.invites;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.scheduling.Appointment;

/**
 * The record of what was sent about each appointment. {@link #claim} is how a sender takes the right to send one
 * notice: only the first claim of (appointment, kind, sequence) wins, so a redelivered event or a second node's
 * reminder sweep sends nothing twice; the claim commits or rolls back with the emails it queues.
 */
@Repository
class AppointmentNotices {

	enum Kind {
		CONFIRMATION, CANCELLATION, REMINDER_24H, REMINDER_1H;

		String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private final JdbcClient jdbc;

	AppointmentNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean claim(Appointment appointment, Kind kind, int sequence) {
		return jdbc.sql("""
				insert into scheduling_appointment_notices (organization_id, appointment_id, kind, sequence)
				values (?, ?, ?, ?) on conflict do nothing
				""").params(appointment.organizationId().value(), appointment.id().value(), kind.key(), sequence)
			.update() == 1;
	}
}
