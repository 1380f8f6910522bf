package com.growthhub.contacts;

import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** Keeps contacts' campaign names in step with the campaigns they reference (called by the module owning campaigns). */
public interface ContactCampaigns {

	/**
	 * The campaign was renamed: its contacts show the new name. Runs in the caller's transaction of the
	 * organization; the contacts' field change times record it, their campaign reference stays.
	 */
	void renamed(OrganizationId organization, UUID campaignId, String name);
}
