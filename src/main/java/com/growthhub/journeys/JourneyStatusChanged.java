package com.growthhub.journeys;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * A client journey moved from one status to another ({@code pending}, {@code in_progress}, {@code active_client},
 * {@code won}, {@code lost}, {@code archived}).
 */
@DomainEvent
public record JourneyStatusChanged(OrganizationId organizationId, JourneyId journeyId, ContactId contactId,
		String from, String to, UserId changedBy, Instant occurredAt) {
}
