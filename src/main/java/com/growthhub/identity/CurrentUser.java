package com.growthhub.identity;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * The signed-in person as the rest of the application sees them: the organization selected for
 * this request and their role in it. Kept in the browser session, so it is serializable.
 *
 * @param sessionId the sign-in this request belongs to (browser login, API login or API token)
 */
public record CurrentUser(UUID userId, String email, String firstName, String lastName,
		@Nullable UUID organizationId, @Nullable Role role, UUID sessionId) implements Serializable {

	public UserId id() {
		return UserId.of(userId);
	}

	public OrganizationId organization() {
		if (organizationId == null) {
			throw new com.growthhub.platform.tenancy.NoOrganizationSelectedException();
		}
		return OrganizationId.of(organizationId);
	}

	public boolean hasRole(Role required) {
		return role != null && role.atLeast(required);
	}

	public String displayName() {
		return (firstName + " " + lastName).trim();
	}

	public CurrentUser inOrganization(UUID organization, Role roleThere) {
		return new CurrentUser(userId, email, firstName, lastName, organization, roleThere, sessionId);
	}
}
