package com.growthhub.contacts;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * A contact's fields were changed through the contact service (a form, an inline edit, the API, a merge); a change of
 * lifecycle is announced as {@code ContactConverted} instead. {@code updatedBy} is empty when a job or an integration
 * made the change.
 */
@DomainEvent
public record ContactUpdated(OrganizationId organizationId, ContactId contactId, @Nullable UserId updatedBy,
		Instant occurredAt) {
}
