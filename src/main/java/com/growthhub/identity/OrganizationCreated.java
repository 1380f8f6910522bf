package com.growthhub.identity;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/** A new organization exists, with {@code ownerId} as its first owner. Modules set up their defaults on it. */
@DomainEvent
public record OrganizationCreated(OrganizationId organizationId, String name, UUID ownerId) {
}
