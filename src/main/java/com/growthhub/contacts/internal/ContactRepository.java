package com.growthhub.contacts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for one contact at a time. Every statement names the organization, although row-level
 * security would hide other tenants anyway.
 */
@Repository
public class ContactRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ContactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ContactView> find(UUID organization, UUID id, boolean includeDeleted, boolean forUpdate) {
		return jdbc.sql("select " + ContactRows.COLUMNS + " from contacts c where c.organization_id = ? and c.id = ?"
				+ (includeDeleted ? "" : " and c.deleted_at is null") + (forUpdate ? " for update" : ""))
			.params(organization, id)
			.query(ContactRows.MAPPER)
			.optional();
	}

	Optional<UUID> idByEmail(UUID organization, String email) {
		return jdbc.sql("select id from contacts where organization_id = ? and email = ? and deleted_at is null")
			.params(organization, email)
			.query(UUID.class)
			.optional();
	}

	void insert(UUID organization, UUID id, ContactDraft draft, @Nullable UUID createdBy) {
		jdbc.sql("""
				insert into contacts (id, organization_id, type, status, first_name, last_name, email, phone, company,
				  job_title, linkedin_url, industry, business_type, network_type, priority, source, campaign, campaign_id, ad_platform,
				  owner_id, notes, custom_fields, created_by)
				values (:id, :org, :type, :status, :firstName, :lastName, :email, :phone, :company, :jobTitle, :linkedinUrl,
				  :industry, :businessType, :networkType, :priority, :source, :campaign, :campaignId, :adPlatform, :ownerId, :notes,
				  cast(:customFields as jsonb), :createdBy)
				""").paramSource(params(draft).addValue("id", id).addValue("org", organization).addValue("createdBy", createdBy))
			.update();
	}

	public void update(UUID organization, UUID id, ContactDraft draft) {
		jdbc.sql("""
				update contacts set status = :status, first_name = :firstName, last_name = :lastName, email = :email,
				  phone = :phone, company = :company, job_title = :jobTitle, linkedin_url = :linkedinUrl, industry = :industry,
				  business_type = :businessType, network_type = :networkType, priority = :priority, source = :source,
				  campaign = :campaign, campaign_id = :campaignId, ad_platform = :adPlatform, owner_id = :ownerId, notes = :notes,
				  custom_fields = cast(:customFields as jsonb), type = :type, updated_at = now(), version = version + 1
				where id = :id and organization_id = :org
				""").paramSource(params(draft).addValue("id", id).addValue("org", organization)).update();
	}

	void replaceTags(UUID organization, UUID contactId, List<UUID> tags) {
		jdbc.sql("delete from contact_tags where contact_id = ? and organization_id = ? and not (tag_id = any(?))")
			.params(contactId, organization, tags.toArray(UUID[]::new))
			.update();
		jdbc.sql("""
				insert into contact_tags (organization_id, contact_id, tag_id)
				select ?, ?, t.id from tags t where t.organization_id = ? and t.id = any(?)
				on conflict do nothing
				""").params(organization, contactId, organization, tags.toArray(UUID[]::new)).update();
	}

	int countTags(UUID organization, List<UUID> tags) {
		return jdbc.sql("select count(*) from tags where organization_id = ? and id = any(?)")
			.params(organization, tags.toArray(UUID[]::new))
			.query(Integer.class)
			.single();
	}

	public boolean softDelete(UUID organization, UUID id) {
		return jdbc.sql("""
				update contacts set deleted_at = now(), updated_at = now(), version = version + 1
				where id = ? and organization_id = ? and deleted_at is null
				""").params(id, organization).update() > 0;
	}

	boolean restore(UUID organization, UUID id) {
		return jdbc.sql("""
				update contacts set deleted_at = null, updated_at = now(), version = version + 1
				where id = ? and organization_id = ? and deleted_at is not null
				""").params(id, organization).update() > 0;
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(ContactDraft draft) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("type", draft.type.name())
			.addValue("status", draft.status)
			.addValue("firstName", draft.firstName)
			.addValue("lastName", draft.lastName)
			.addValue("email", draft.email)
			.addValue("phone", draft.phone)
			.addValue("company", draft.company)
			.addValue("jobTitle", draft.jobTitle)
			.addValue("linkedinUrl", draft.linkedinUrl)
			.addValue("industry", draft.industry)
			.addValue("businessType", draft.businessType)
			.addValue("networkType", draft.networkType)
			.addValue("priority", draft.priority)
			.addValue("source", draft.source)
			.addValue("campaign", draft.campaign)
			.addValue("campaignId", draft.campaignId)
			.addValue("adPlatform", draft.adPlatform)
			.addValue("ownerId", draft.ownerId)
			.addValue("notes", draft.notes)
			.addValue("customFields", JSON.writeValueAsString(draft.customFields));
	}
}
