package com.growthhub.masterclasses;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * The host ended a live masterclass: the live room turns into the replay, and attendance can be settled.
 * `occurredAt` is the class's `live_ended_at`.
 */
@DomainEvent
public record MasterclassEnded(OrganizationId organizationId, MasterclassId masterclassId,
		Instant occurredAt) {
}
