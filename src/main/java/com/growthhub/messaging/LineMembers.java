package com.growthhub.messaging;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * The people lines are assigned to and the calendar their daily limits follow. Implemented by the module that knows
 * people and organizations (identity), so messaging depends on no module for them.
 */
public interface LineMembers {

	/** A member of the organization; empty when the user is not one. */
	Optional<LineMember> find(OrganizationId organization, UUID userId);

	/** Everybody a line can be assigned to, by name. */
	List<LineMember> list(OrganizationId organization);

	/** The zone in which a line's day begins and ends: the organization's. */
	ZoneId timeZone(OrganizationId organization);

	/** @param admin an owner or an admin, who manages every line */
	record LineMember(UUID userId, String name, boolean admin) {
	}
}
