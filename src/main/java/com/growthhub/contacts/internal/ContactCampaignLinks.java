package com.growthhub.contacts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.CampaignDirectory;
import com.growthhub.contacts.CampaignDirectory.Campaign;
import com.growthhub.contacts.ContactCampaigns;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Gives contacts whose campaign is only a name (stored before campaigns were references, or written by an import's
 * bulk statements, a sync or an undo; the database drops the reference when a name changes without it) the campaign
 * that name names, creating unknown names as campaigns, and follows campaigns' renames.
 */
@Component
public class ContactCampaignLinks implements ContactCampaigns {

	private static final Actor JOB = new Actor.Job("campaign-links");

	private final JdbcClient jdbc;
	private final ObjectProvider<CampaignDirectory> directories;
	private final TenantTransactions transactions;

	ContactCampaignLinks(JdbcClient jdbc, ObjectProvider<CampaignDirectory> directories, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.directories = directories;
		this.transactions = transactions;
	}

	/**
	 * Links every contact of the organization that names a campaign without referencing it; answers how many. Works
	 * in the caller's transaction of the organization. Per name, the spelling stored first makes a new campaign.
	 */
	public int link(OrganizationId organization) {
		CampaignDirectory directory = directories.getIfAvailable();
		if (directory == null) {
			return 0; // no module owns campaigns here (a module test): the names stay names
		}
		UUID org = organization.value();
		List<String> names = jdbc.sql("""
				select campaign from contacts where organization_id = ? and campaign is not null and campaign_id is null
				group by campaign order by min(created_at)
				""").param(org).query(String.class).list();
		if (names.isEmpty()) {
			return 0;
		}
		// The reference follows a name already written (and audited, or summed up by its import): not a change of
		// its own for the audit trail's row trigger.
		String bulk = jdbc.sql("select coalesce(current_setting('app.bulk_import', true), '')").query(String.class).single();
		jdbc.sql("select set_config('app.bulk_import', 'on', true)").query().singleRow();
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
		jdbc.sql("select set_config('app.bulk_import', ?, true)").param(bulk).query().singleRow();
		return linked;
	}

	@Override
	public int linkUnlinked() {
		List<UUID> organizations = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select distinct organization_id from contacts where campaign is not null and campaign_id is null
				""").query(UUID.class).list());
		int linked = 0;
		for (UUID org : organizations) {
			OrganizationId organization = OrganizationId.of(org);
			linked += transactions.call(organization, JOB, () -> link(organization));
		}
		return linked;
	}

	@Override
	public boolean assignIfNone(OrganizationId organization, ContactId contactId, UUID campaignId, String name) {
		return jdbc.sql("""
				update contacts set campaign_id = ?, campaign = ?, updated_at = now(), version = version + 1
				where organization_id = ? and id = ? and campaign is null and deleted_at is null
				""").params(campaignId, name, organization.value(), contactId.value()).update() == 1;
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
