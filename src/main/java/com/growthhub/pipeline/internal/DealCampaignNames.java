package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.CampaignDirectory;
import com.growthhub.contacts.CampaignDirectory.Campaign;
import com.growthhub.pipeline.DealCampaigns;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * A deal's campaign: a chosen id names a campaign of the organization, a name alone is resolved to the campaign of
 * that name (created when unknown); deals store both. Follows campaigns' renames.
 */
@Component
class DealCampaignNames implements DealCampaigns {

	private static final Actor JOB = new Actor.Job("campaign-links");

	private final ObjectProvider<CampaignDirectory> directories;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	DealCampaignNames(ObjectProvider<CampaignDirectory> directories, JdbcClient jdbc, TenantTransactions transactions) {
		this.directories = directories;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * The campaign to store, or null to keep (an update) or leave empty (a new deal) — or, where no module owns
	 * campaigns (a module test without analytics), to store the name alone. Call in the deal's transaction.
	 */
	@Nullable Campaign chosen(OrganizationId organization, @Nullable UUID campaignId, @Nullable String name) {
		CampaignDirectory directory = directories.getIfAvailable();
		if (directory == null) {
			if (campaignId != null) {
				throw InvalidDealException.of("campaignId", "is not a campaign of this organization");
			}
			return null;
		}
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
		return directories.stream().flatMap(directory -> directory.all(organization).stream()).toList();
	}

	@Override
	public int linkUnlinked() {
		List<UUID> organizations = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select distinct organization_id from deals where campaign is not null and campaign_id is null
				""").query(UUID.class).list());
		int linked = 0;
		for (UUID org : organizations) {
			OrganizationId organization = OrganizationId.of(org);
			linked += transactions.call(organization, JOB, () -> link(organization));
		}
		return linked;
	}

	/** Per name, the spelling stored first makes a new campaign. */
	private int link(OrganizationId organization) {
		CampaignDirectory directory = directories.getIfAvailable();
		if (directory == null) {
			return 0;
		}
		List<String> names = jdbc.sql("""
				select campaign from deals where organization_id = ? and campaign is not null and campaign_id is null
				group by campaign order by min(created_at)
				""").param(organization.value()).query(String.class).list();
		int linked = 0;
		for (String name : names) {
			if (name.isBlank()) {
				continue;
			}
			Campaign campaign = directory.resolve(organization, name.strip());
			linked += jdbc.sql("""
					update deals set campaign_id = ?, campaign = ?
					where organization_id = ? and campaign_id is null and campaign = ?
					""").params(campaign.id(), campaign.name(), organization.value(), name).update();
		}
		return linked;
	}

	@Override
	public void renamed(OrganizationId organization, UUID campaignId, String name) {
		jdbc.sql("""
				update deals set campaign = ?, updated_at = now(), version = version + 1
				where organization_id = ? and campaign_id = ? and campaign is distinct from ?
				""").params(name, organization.value(), campaignId, name).update();
	}
}
