package com.growthhub.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * An agency (`organizationId`) created a client account: the organization `clientAccountId` with its first user
 * `firstUserId` (role client, not yet verified, no password). `createdBy` is empty when a job or an integration
 * created it. The new organization is also announced as `OrganizationCreated`.
 */
@DomainEvent
public record ClientAccountCreated(OrganizationId organizationId, OrganizationId clientAccountId, String name,
		String clientType, List<String> services, UUID firstUserId, @Nullable UUID createdBy, Instant occurredAt) {
}
