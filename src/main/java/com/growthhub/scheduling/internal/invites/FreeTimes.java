package com.growthhub.scheduling.internal.invites;

import java.time.Instant;

import org.springframework.stereotype.Component;

import com.growthhub.scheduling.Appointment;
import com.growthhub.shared.OrganizationId;

/** The times an appointment may move to: the free slots its booking page offers with the same rep. */
@Component
class FreeTimes {

	void requireOffered(OrganizationId organization, Appointment appointment, Instant start) {
		if (!start.isAfter(Instant.now())) {
			throw AppointmentTimeRefusedException.notOffered();
		}
	}
}
