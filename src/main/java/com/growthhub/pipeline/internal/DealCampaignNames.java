package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.CampaignDirectory;
import com.growthhub.contacts.CampaignDirectory.Campaign;
import com.growthhub.pipeline.DealCampaigns;
import com.growthhub.shared.OrganizationId;

/**
 * A deal's campaign: a chosen id names a campaign of the organization, a name alone is resolved to the campaign of
 * that name (created when unknown); deals store both. Follows campaigns' renames.
 */
@Component
class DealCampaignNames implements DealCampaigns {

	private final CampaignDirectory directory;
	private final JdbcClient jdbc;

	DealCampaignNames(CampaignDirectory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** The campaign to store, or null to keep (an update) or leave empty (a new deal). Call in the deal's transaction. */
	@Nullable Campaign chosen(OrganizationId organization, @Nullable UUID campaignId, @Nullable String name) {
		if (campaignId != null) {
			return directory.find(organization, campaignId)
				.orElseThrow(() -> InvalidDealException.of("campaignId", "is not a campaign of this organization"));
		}
		if (name != null && !name.isBlank()) {
			return directory.resolve(organization, name.strip());
		}
		return null;
	}

	List<Campaign> all(OrganizationId organization) {
		return directory.all(organization);
	}

	@Override
	public void renamed(OrganizationId organization, UUID campaignId, String name) {
		jdbc.sql("""
				update deals set campaign = ?, updated_at = now(), version = version + 1
				where organization_id = ? and campaign_id = ? and campaign is distinct from ?
				""").params(name, organization.value(), campaignId, name).update();
	}
}
