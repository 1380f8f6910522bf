package com.growthhub.eventplanning;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;

/**
 * Someone checked in at an event's door (not a repeated scan, not an agenda item): a contact ({@code contactId}) or a
 * member ({@code userId}).
 */
@DomainEvent
public record AttendeeCheckedIn(OrganizationId organizationId, EventId eventId, UUID attendeeId,
		@Nullable ContactId contactId, @Nullable UUID userId, String eventTitle, Instant occurredAt) {
}
