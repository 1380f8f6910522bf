package com.growthhub.contacts;

import java.util.Optional;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** Finds contacts for other modules, e.g. an integration matching a record it synchronizes. */
public interface ContactDirectory {

	/**
	 * The live contact that carries this id on an external platform ({@code hubspot}, {@code salesforce},
	 * {@code google_sheets}, {@code ghl}, {@code ctm}; any case), if there is one in the organization.
	 */
	Optional<UUID> findByExternalId(OrganizationId organization, String platform, String externalId);
}
