package com.growthhub.identity;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * A module's organization-wide settings, read and changed through {@code GET/PATCH /api/v1/organization}
 * next to the organization's name. Implementations validate their own values (400 problem details).
 */
public interface OrganizationSettingsSection {

	/** The JSON keys this section owns. */
	Set<String> keys();

	Map<String, Object> read(OrganizationId organization);

	/** Changes only this section's keys, by {@code actor} (recorded in the audit trail). */
	void update(OrganizationId organization, Actor actor, Map<String, @Nullable Object> changes);
}
