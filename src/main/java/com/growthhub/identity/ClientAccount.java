package com.growthhub.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * A client account: its own organization ({@code id}), managed by {@code agencyId}.
 *
 * @param firstUserId the contact person's user, created with the account (role client); null once that user was
 * deleted
 */
public record ClientAccount(OrganizationId id, OrganizationId agencyId, String name, String clientType,
		List<String> services, String contactName, String contactEmail, @Nullable UUID firstUserId,
		Instant createdAt) {
}
