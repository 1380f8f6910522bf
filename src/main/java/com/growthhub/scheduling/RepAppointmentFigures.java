package com.growthhub.scheduling;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * Calls (appointments) per rep for the sales metrics (analytics): <em>booked</em> counts those booked in the period
 * (by their creation; a rescheduled one is counted once, as its replacement), <em>held</em> those that started in
 * the period and were completed.
 */
public interface RepAppointmentFigures {

	record Calls(long booked, long held) {
	}

	Map<UUID, Calls> perRep(OrganizationId organization, Instant from, Instant to);
}
