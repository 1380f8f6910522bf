package com.growthhub.contacts;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * A contact was moved to the trash; it can be restored until the organization's retention period ends.
 * {@code deletedBy} is empty when a job or an integration deleted it.
 */
@DomainEvent
public record ContactDeleted(OrganizationId organizationId, ContactId contactId, @Nullable UserId deletedBy,
		Instant occurredAt) {
}
