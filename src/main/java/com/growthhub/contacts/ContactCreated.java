package com.growthhub.contacts;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** A person created one contact (imports announce their contacts together, as {@code ContactsImported}). */
@DomainEvent
public record ContactCreated(OrganizationId organizationId, ContactId contactId, ContactType type,
		@Nullable UserId ownerId, UserId createdBy, Instant occurredAt) {
}
