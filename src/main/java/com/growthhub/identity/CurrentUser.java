package com.growthhub.identity;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

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

	/**
	 * The person signed in on this thread (a request, or a job that signed in for one), if any. Other
	 * modules ask here instead of reading Spring Security's context, which only identity knows.
	 */
	public static Optional<CurrentUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? Optional.of(user)
				: Optional.empty();
	}

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
