package com.growthhub.eventplanning.internal;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.shared.OrganizationId;

/**
 * The event row's seat counter, changed only by conditional updates: taking a seat succeeds only while one is
 * free, whoever else registers at the same moment (PostgreSQL serializes the updates of one row and re-checks the
 * condition). Freed seats go to the people waiting, first come first served. Call inside a tenant transaction.
 */
@Component
class Seats {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	Seats(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Takes a seat if one is free: REGISTERED, else WAITLISTED ({@link Seating#admit}, applied atomically). */
	AttendeeStatus take(OrganizationId organization, UUID eventId) {
		int taken = jdbc.sql("""
				update events set seats_taken = seats_taken + 1
				where organization_id = ? and id = ? and (capacity is null or seats_taken < capacity)
				""").params(organization.value(), eventId).update();
		return taken == 1 ? AttendeeStatus.REGISTERED : AttendeeStatus.WAITLISTED;
	}

	/** Frees a seat and gives it to the first person waiting, if any. */
	void free(OrganizationId organization, UUID eventId) {
		jdbc.sql("update events set seats_taken = seats_taken - 1 where organization_id = ? and id = ? and seats_taken > 0")
			.params(organization.value(), eventId).update();
		promoteWaiting(organization, eventId);
	}

	/** Seats the people waiting while seats are free, in the order they registered; answers how many moved up. */
	int promoteWaiting(OrganizationId organization, UUID eventId) {
		int promoted = 0;
		while (true) {
			UUID next = jdbc.sql("""
					select id from event_attendees where organization_id = ? and event_id = ? and status = 'WAITLISTED'
					order by registered_at, id limit 1 for update skip locked
					""").params(organization.value(), eventId).query(UUID.class).optional().orElse(null);
			if (next == null || take(organization, eventId) != AttendeeStatus.REGISTERED) {
				break;
			}
			jdbc.sql("update event_attendees set status = 'REGISTERED', updated_at = now() where id = ?").param(next).update();
			promoted++;
		}
		if (promoted > 0) {
			events.publishEvent(new InvitationsDue(organization, eventId));
		}
		return promoted;
	}
}
