package com.growthhub.identity.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

/**
 * The tenant scope of a signed-in person: their own rows, and those of the organization they selected, if any.
 * Authentication opens it for a request; identity's services that act on the person's own account use the same one,
 * so their changes land in the selected organization's audit trail as they always did.
 */
final class SignedInScope {

	private SignedInScope() {
	}

	static TenantScope of(UUID userId, @Nullable UUID organization) {
		return TenantScope.user(userId, organization == null ? null : OrganizationId.of(organization));
	}

	static TenantScope of(CurrentUser user) {
		return of(user.userId(), user.organizationId());
	}
}
