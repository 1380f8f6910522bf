package com.growthhub.pipeline;

import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** Keeps deals' campaign names in step with the campaigns they reference (called by the module owning campaigns). */
public interface DealCampaigns {

	/** The campaign was renamed: its deals show the new name. Runs in the caller's transaction of the organization. */
	void renamed(OrganizationId organization, UUID campaignId, String name);

	/**
	 * Links the deals of every organization that name a campaign without referencing it (stored before campaigns
	 * were references): the live campaign of that name in any case, or a new one. Each organization in a transaction
	 * of its own; answers how many deals it linked.
	 */
	int linkUnlinked();
}
