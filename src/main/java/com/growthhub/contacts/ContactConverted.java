package com.growthhub.contacts;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * A contact moved forward in its lifecycle, e.g. from target to contact, or from contact to plug. {@code convertedBy}
 * is empty when an integration moved it, keeping the lifecycle in step with another system.
 */
@DomainEvent
public record ContactConverted(OrganizationId organizationId, ContactId contactId, ContactType from, ContactType to,
		String status, @Nullable UserId convertedBy, Instant occurredAt) {
}
