package com.growthhub.contacts.internal.merge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * SQL that moves a duplicate's timeline, tags, lists and external ids onto the primary and back.
 * The snapshot holds the rows as {@code to_jsonb} wrote them, so undo restores them column for column.
 */
@Repository
class MergeRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	MergeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record StoredMerge(UUID primaryId, UUID duplicateId, boolean undone, boolean expired, String snapshot) {
	}

	String snapshot(UUID primary, UUID duplicate) {
		return jdbc.sql("""
				select jsonb_build_object(
				  'primary', (select to_jsonb(c) - 'search_text' from contacts c where c.id = :p),
				  'duplicate', (select to_jsonb(c) - 'search_text' from contacts c where c.id = :d),
				  'duplicateTags', (select coalesce(jsonb_agg(to_jsonb(t)), '[]') from contact_tags t where t.contact_id = :d),
				  'duplicateLists', (select coalesce(jsonb_agg(to_jsonb(m)), '[]') from list_members m where m.contact_id = :d),
				  'interactions', (select coalesce(jsonb_agg(i.id), '[]') from interactions i where i.contact_id = :d),
				  'externalIds', (select coalesce(jsonb_agg(e.platform), '[]') from contact_external_ids e where e.contact_id = :d)
				)::text
				""").param("p", primary).param("d", duplicate).query(String.class).single();
	}

	List<String> sharedPlatforms(UUID primary, UUID duplicate) {
		return jdbc.sql("""
				select d.platform from contact_external_ids d join contact_external_ids p
				  on p.contact_id = ? and p.platform = d.platform where d.contact_id = ?
				""").params(primary, duplicate).query(String.class).list();
	}

	/** Moves everything the duplicate has onto the primary; answers the tags and lists the primary gained. */
	Map<String, List<UUID>> move(UUID primary, UUID duplicate) {
		List<UUID> tags = jdbc.sql("""
				insert into contact_tags (organization_id, contact_id, tag_id, created_at)
				select organization_id, ?, tag_id, created_at from contact_tags where contact_id = ?
				on conflict do nothing returning tag_id
				""").params(primary, duplicate).query(UUID.class).list();
		jdbc.sql("delete from contact_tags where contact_id = ?").param(duplicate).update();
		List<UUID> lists = jdbc.sql("""
				insert into list_members (organization_id, list_id, contact_id, added_at)
				select organization_id, list_id, ?, added_at from list_members where contact_id = ?
				on conflict do nothing returning list_id
				""").params(primary, duplicate).query(UUID.class).list();
		jdbc.sql("delete from list_members where contact_id = ?").param(duplicate).update();
		jdbc.sql("update interactions set contact_id = ? where contact_id = ?").params(primary, duplicate).update();
		jdbc.sql("update contact_external_ids set contact_id = ? where contact_id = ?").params(primary, duplicate).update();
		return Map.of("tagsAdded", tags, "listsAdded", lists);
	}

	/** Interaction count, last interaction and score of a contact from its timeline, after it gained one. */
	void recount(UUID contact, Map<String, Integer> points) {
		jdbc.sql("""
				update contacts c set interaction_count = s.n, last_interaction_at = s.last, lead_score = s.score
				from (select count(*) as n, max(i.occurred_at) as last,
				        least(coalesce(sum(coalesce((cast(:points as jsonb) ->> i.type)::int, 0)), 0), 100000) as score
				      from interactions i where i.contact_id = :id) s
				where c.id = :id
				""").param("points", JSON.writeValueAsString(points)).param("id", contact).update();
	}

	void record(UUID id, UUID organization, UUID primary, UUID duplicate, String snapshot, Map<String, List<UUID>> moved,
			UUID mergedBy) {
		jdbc.sql("""
				insert into contact_merges (id, organization_id, primary_id, duplicate_id, snapshot, merged_by)
				values (?, ?, ?, ?, cast(? as jsonb) || cast(? as jsonb), ?)
				""").params(id, organization, primary, duplicate, snapshot, JSON.writeValueAsString(moved), mergedBy).update();
	}

	Optional<StoredMerge> lock(UUID organization, UUID id, int undoDays) {
		return jdbc.sql("""
				select primary_id, duplicate_id, undone_at is not null as undone,
				  merged_at < now() - make_interval(days => ?) as expired, snapshot::text as snapshot
				from contact_merges where id = ? and organization_id = ? for update
				""").params(undoDays, id, organization).query(StoredMerge.class).optional();
	}

	/** Gives the duplicate back what the merge moved, and takes from the primary what it gained. */
	void moveBack(StoredMerge merge) {
		UUID p = merge.primaryId();
		UUID d = merge.duplicateId();
		String s = merge.snapshot();
		jdbc.sql("""
				update contact_external_ids set contact_id = ? where contact_id = ?
				  and platform in (select jsonb_array_elements_text(cast(? as jsonb) -> 'externalIds'))
				""").params(d, p, s).update();
		jdbc.sql("""
				update interactions set contact_id = ? where contact_id = ?
				  and id in (select jsonb_array_elements_text(cast(? as jsonb) -> 'interactions')::uuid)
				""").params(d, p, s).update();
		jdbc.sql("""
				delete from contact_tags where contact_id = ?
				  and tag_id in (select jsonb_array_elements_text(cast(? as jsonb) -> 'tagsAdded')::uuid)
				""").params(p, s).update();
		jdbc.sql("""
				insert into contact_tags select r.* from jsonb_populate_recordset(null::contact_tags, cast(? as jsonb) -> 'duplicateTags') r
				where exists (select 1 from tags t where t.id = r.tag_id) on conflict do nothing
				""").param(s).update();
		jdbc.sql("""
				delete from list_members where contact_id = ?
				  and list_id in (select jsonb_array_elements_text(cast(? as jsonb) -> 'listsAdded')::uuid)
				""").params(p, s).update();
		jdbc.sql("""
				insert into list_members select r.* from jsonb_populate_recordset(null::list_members, cast(? as jsonb) -> 'duplicateLists') r
				where exists (select 1 from contact_lists l where l.id = r.list_id) on conflict do nothing
				""").param(s).update();
	}

	/** Puts a contact's columns back as the snapshot holds them ({@code side} is primary or duplicate). */
	int restoreRow(String snapshot, String side) {
		return jdbc.sql("""
				update contacts c set type = r.type, status = r.status, first_name = r.first_name, last_name = r.last_name,
				  email = r.email, phone = r.phone, company = r.company, job_title = r.job_title, linkedin_url = r.linkedin_url,
				  industry = r.industry, business_type = r.business_type, network_type = r.network_type, priority = r.priority,
				  source = r.source, campaign = r.campaign, campaign_id = r.campaign_id, ad_platform = r.ad_platform, owner_id = r.owner_id,
				  lead_score = r.lead_score, notes = r.notes, custom_fields = r.custom_fields,
				  interaction_count = r.interaction_count, last_interaction_at = r.last_interaction_at,
				  deleted_at = r.deleted_at, updated_at = now(), version = c.version + 1
				from jsonb_populate_record(null::contacts, cast(? as jsonb) -> ?) r
				where c.id = r.id
				""").params(snapshot, side).update();
	}

	void markUndone(UUID id) {
		jdbc.sql("update contact_merges set undone_at = now() where id = ?").param(id).update();
	}
}
