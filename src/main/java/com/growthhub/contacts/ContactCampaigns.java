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

	/**
	 * Links the contacts of every organization that name a campaign without referencing it (stored before campaigns
	 * were references, or left by a writer that knew only names and stopped before linking): the live campaign of
	 * that name in any case, or a new one. Each organization in a transaction of its own; answers how many contacts
	 * it linked.
	 */
	int linkUnlinked();

	/**
	 * The contact, when live and without a campaign, gets this one (a lead that came through a campaign's ad). Runs
	 * in the caller's transaction of the organization; answers whether the contact took it.
	 */
	boolean assignIfNone(OrganizationId organization, ContactId contactId, UUID campaignId, String name);
}
