package com.growthhub.identity;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * A module's organization-wide settings, read and changed through {@code GET/PATCH /api/v1/organization}
 * next to the organization's name. Implementations validate their own values (400 problem details).
 */
public interface OrganizationSettingsSection {

	/** The JSON keys this section owns. */
	Set<String> keys();

	Map<String, Object> read(OrganizationId organization);

	/** Called inside the request's tenant scope with only this section's keys. */
	void update(OrganizationId organization, Map<String, @Nullable Object> changes);
}
