package com.growthhub.tasks;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * A board item (not a subitem) was created, renamed or moved to another status, here or by another system. A
 * connector that mirrors the board pushes it, unless {@code actor} names the connector itself ({@code integration:…}):
 * then the change came from there and pushing it back would echo it.
 *
 * @param status the lower-case status key: {@code backlog}, {@code in_progress}, {@code review} or {@code done}
 * @param actor who changed it, as the audit trail names them ({@code user:…}, {@code integration:monday})
 */
@DomainEvent
public record TaskItemChanged(OrganizationId organizationId, UUID itemId, UUID boardId, String name, String status,
		boolean created, String actor, long version, Instant occurredAt) {
}
