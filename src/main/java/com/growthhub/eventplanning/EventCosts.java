package com.growthhub.eventplanning;

import java.util.Map;

import com.growthhub.shared.OrganizationId;

/**
 * What an event has cost so far, for its budget utilization and cost per attendee: implemented as a bean by the
 * module that keeps expenses. Without one, an event has no approved costs.
 */
public interface EventCosts {

	/** The sums of the event's approved expenses in cents, by ISO 4217 currency code; empty when there are none. */
	Map<String, Long> approvedCents(OrganizationId organization, EventId event);
}
