package com.growthhub.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * Reads appointments for other modules and for scheduling's own pages (invites, reminders, a rep's calendar). Joins
 * the caller's transaction of the organization, else opens a read of its own.
 */
public interface Appointments {

	/** The organization's appointment; empty for an unknown id or one of another organization. */
	Optional<Appointment> find(OrganizationId organization, AppointmentId id);

	/**
	 * The rep's appointments, any status, that overlap {@code [from, to)}, earliest first.
	 */
	List<Appointment> forRep(OrganizationId organization, UserId rep, Instant from, Instant to);
}
