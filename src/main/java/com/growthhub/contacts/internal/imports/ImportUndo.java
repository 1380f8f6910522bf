package com.growthhub.contacts.internal.imports;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactImports.Undone;
import com.growthhub.contacts.internal.ContactCampaignLinks;
import com.growthhub.shared.OrganizationId;

/**
 * Takes an import back from what it recorded: the list and tag memberships it added, the contacts it created (to
 * the trash) and the before-images of those it updated.
 */
@Component
class ImportUndo {

	private final JdbcClient jdbc;
	private final ContactCampaignLinks campaignLinks;

	ImportUndo(JdbcClient jdbc, ContactCampaignLinks campaignLinks) {
		this.jdbc = jdbc;
		this.campaignLinks = campaignLinks;
	}

	/** Call inside a transaction of the organization. */
	Undone undo(OrganizationId organization, UUID importId) {
		UUID org = organization.value();
		jdbc.sql("select set_config('app.bulk_import', 'on', true)").query().singleRow();
		jdbc.sql("delete from list_members m using contact_import_memberships i where i.import_id = ? and i.list_id is not null "
				+ "and m.list_id = i.list_id and m.contact_id = i.contact_id").param(importId).update();
		jdbc.sql("delete from contact_tags t using contact_import_memberships i where i.import_id = ? and i.tag_id is not null "
				+ "and t.tag_id = i.tag_id and t.contact_id = i.contact_id").param(importId).update();
		long removed = jdbc.sql("""
				update contacts c set deleted_at = now(), updated_at = now(), version = c.version + 1
				from (select unnest(contact_ids) as contact_id from contact_import_created where import_id = ?) i
				where c.id = i.contact_id and c.organization_id = ? and c.deleted_at is null
				""").params(importId, org).update();
		long restored = jdbc.sql("""
				update contacts c set first_name = i.before ->> 'first_name', last_name = i.before ->> 'last_name',
				    email = i.before ->> 'email', phone = i.before ->> 'phone', company = i.before ->> 'company',
				    job_title = i.before ->> 'job_title', linkedin_url = i.before ->> 'linkedin_url',
				    industry = i.before ->> 'industry', business_type = i.before ->> 'business_type',
				    network_type = i.before ->> 'network_type', priority = i.before ->> 'priority',
				    campaign = i.before ->> 'campaign',
				    campaign_id = cast(i.before ->> 'campaign_id' as uuid), ad_platform = i.before ->> 'ad_platform', notes = i.before ->> 'notes',
				    custom_fields = i.before -> 'custom_fields', updated_at = now(), version = c.version + 1
				from contact_import_changes i
				where i.import_id = ? and i.before is not null and c.id = i.contact_id and c.organization_id = ?
				""").params(importId, org).update();
		// Before-images taken before campaigns were references hold only the name.
		campaignLinks.link(organization);
		return new Undone(removed, restored);
	}
}
