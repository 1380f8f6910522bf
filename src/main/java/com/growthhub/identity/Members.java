package com.growthhub.identity;

import java.util.Optional;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** Who belongs to an organization, for modules that assign work to people. */
public interface Members {

	/** The member's role in the organization, empty when the user is not a member. */
	Optional<Role> roleOf(OrganizationId organization, UUID userId);
}
