package com.growthhub.pipeline;

import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** Keeps deals' campaign names in step with the campaigns they reference (called by the module owning campaigns). */
public interface DealCampaigns {

	/** The campaign was renamed: its deals show the new name. Runs in the caller's transaction of the organization. */
	void renamed(OrganizationId organization, UUID campaignId, String name);
}
