package com.growthhub.masterclasses;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * The host started a masterclass: it is live, the live room shows the stream instead of the waiting room.
 * `occurredAt` is the class's `live_started_at`, the zero of media times.
 */
@DomainEvent
public record MasterclassStarted(OrganizationId organizationId, MasterclassId masterclassId,
		Instant occurredAt) {
}
