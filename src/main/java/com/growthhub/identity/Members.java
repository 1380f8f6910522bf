package com.growthhub.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Who belongs to an organization, for modules that assign work to people. */
public interface Members {

	/** The member's role in the organization, empty when the user is not a member. */
	Optional<Role> roleOf(OrganizationId organization, UUID userId);

	/**
	 * Whether the actor acts with at least {@code least}'s rights here: a user by their membership role; a job or the
	 * system acts for the organization itself, so it always does. The one rule behind the modules' access checks.
	 */
	boolean reaches(OrganizationId organization, Actor actor, Role least);

	/** Everybody in the organization, by name, for owner and assignee pickers. */
	List<Member> list(OrganizationId organization);

	/** One member, for notifying a single person; empty when the user is not a member. */
	Optional<Member> find(OrganizationId organization, UUID userId);

	/** A member as other modules show them: a name to display and a role. */
	record Member(UUID userId, String name, String email, Role role) {
	}
}
