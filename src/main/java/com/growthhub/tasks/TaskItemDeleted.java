package com.growthhub.tasks;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * A board item (not a subitem) was deleted here, with its subitems and comments. A connector that mirrors the board
 * archives its copy there, unless {@code actor} names the connector itself ({@code integration:…}).
 *
 * @param actor who deleted it, as the audit trail names them ({@code user:…})
 */
@DomainEvent
public record TaskItemDeleted(OrganizationId organizationId, UUID itemId, UUID boardId, String name, String actor,
		Instant occurredAt) {
}
