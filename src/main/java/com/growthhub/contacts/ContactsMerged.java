package com.growthhub.contacts;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * A duplicate was merged into the surviving contact and went to the trash; what pointed at the duplicate should
 * now point at the survivor. An undo of the merge ({@code mergeId}) brings the duplicate back.
 */
@DomainEvent
public record ContactsMerged(OrganizationId organizationId, UUID mergeId, ContactId survivorId, ContactId mergedId,
		UserId mergedBy, Instant occurredAt) {
}
