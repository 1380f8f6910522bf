package com.growthhub.contacts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/** A person created one contact (imports announce their contacts together, as {@code ContactsImported}). */
public record ContactCreated(OrganizationId organizationId, ContactId contactId, ContactType type,
		@Nullable UserId ownerId, UserId createdBy, Instant occurredAt) {
}
