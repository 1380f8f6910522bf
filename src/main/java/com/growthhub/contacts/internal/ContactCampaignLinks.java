package com.growthhub.contacts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.CampaignDirectory;
import com.growthhub.contacts.CampaignDirectory.Campaign;
import com.growthhub.contacts.ContactCampaigns;
import com.growthhub.shared.OrganizationId;

/**
 * Gives contacts whose campaign is only a name (written by an import's bulk statements, a sync or an import's undo;
 * the database drops the reference when a name changes without it) the campaign that name names, creating unknown
 * names as campaigns, and follows campaigns' renames. Works in the caller's transaction of the organization.
 */
@Component
public class ContactCampaignLinks implements ContactCampaigns {

	private final JdbcClient jdbc;
	private final CampaignDirectory directory;

	ContactCampaignLinks(JdbcClient jdbc, CampaignDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** Links every contact of the organization that names a campaign without referencing it; answers how many. */
	public int link(OrganizationId organization) {
		UUID org = organization.value();
		List<String> names = jdbc.sql("""
				select distinct campaign from contacts where organization_id = ? and campaign is not null and campaign_id is null
				""").param(org).query(String.class).list();
		int linked = 0;
		for (String name : names) {
			if (name.isBlank()) {
				continue;
			}
			Campaign campaign = directory.resolve(organization, name.strip());
			linked += jdbc.sql("""
					update contacts set campaign_id = ?, campaign = ?
					where organization_id = ? and campaign_id is null and campaign = ?
					""").params(campaign.id(), campaign.name(), org, name).update();
		}
		return linked;
	}

	@Override
	public void renamed(OrganizationId organization, UUID campaignId, String name) {
		// The rename keeps the reference: the unlink trigger (V294) stands aside for this campaign's rows.
		jdbc.sql("select set_config('app.campaign_renaming', ?, true)").param(campaignId.toString()).query().singleRow();
		jdbc.sql("""
				update contacts set campaign = ?, updated_at = now(), version = version + 1
				where organization_id = ? and campaign_id = ? and campaign is distinct from ?
				""").params(name, organization.value(), campaignId, name).update();
		jdbc.sql("select set_config('app.campaign_renaming', '', true)").query().singleRow();
	}
}
