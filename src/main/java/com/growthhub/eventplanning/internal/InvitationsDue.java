package com.growthhub.eventplanning.internal;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * Something changed that attendees' calendars or inboxes must hear about (the event was published, changed or
 * cancelled; someone was added, moved up from the waitlist or cancelled). The listener brings every attendee's
 * invitation up to date, so a repeat delivery sends nothing twice.
 */
@DomainEvent
public record InvitationsDue(OrganizationId organizationId, UUID eventId) {
}
