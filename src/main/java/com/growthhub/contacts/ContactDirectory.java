package com.growthhub.contacts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** Finds contacts for other modules, e.g. an integration matching a record it synchronizes. */
public interface ContactDirectory {

	/**
	 * The live contact that carries this id on an external platform ({@code hubspot}, {@code salesforce},
	 * {@code google_sheets}, {@code ghl}, {@code ctm}; any case), if there is one in the organization.
	 */
	Optional<UUID> findByExternalId(OrganizationId organization, String platform, String externalId);

	/**
	 * Display names of the organization's live contacts among {@code contactIds}; ids of other
	 * organizations, unknown or trashed contacts are absent from the answer.
	 */
	Map<UUID, String> names(OrganizationId organization, Collection<UUID> contactIds);

	/** The live contacts of the organization that carry the tag (for filters in other modules). */
	Set<UUID> taggedWith(OrganizationId organization, UUID tagId);
}
