package com.growthhub.contacts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * The organization's marketing campaigns, as contacts and deals name them. Declared here and implemented by the
 * analytics module, which owns campaigns and may depend on contacts (the reverse would be a cycle). Every method works
 * in the caller's transaction of the organization.
 */
public interface CampaignDirectory {

	/**
	 * The live campaign with this name in any case, or a new one by that name (platform other, status active) when
	 * the organization has none: a writer that knows only a name never loses it.
	 */
	Campaign resolve(OrganizationId organization, String name);

	/** A live campaign of the organization; empty for an unknown, deleted or another organization's id. */
	Optional<Campaign> find(OrganizationId organization, UUID id);

	/** The organization's live campaigns by name, for pickers. */
	List<Campaign> all(OrganizationId organization);

	/** A campaign as contacts and deals show it. */
	record Campaign(UUID id, String name) {
	}
}
