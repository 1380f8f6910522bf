package com.growthhub.contacts;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** A contact moved forward in its lifecycle, e.g. from target to contact, or from contact to plug. */
@DomainEvent
public record ContactConverted(OrganizationId organizationId, ContactId contactId, ContactType from, ContactType to,
		String status, UserId convertedBy, Instant occurredAt) {
}
