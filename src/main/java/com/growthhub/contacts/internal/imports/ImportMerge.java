package com.growthhub.contacts.internal.imports;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.growthhub.contacts.ContactImports.Options;
import com.growthhub.contacts.ContactImports.Result;
import com.growthhub.contacts.ContactImports.RowError;

/**
 * Writes one import's staged rows into the contacts, set-wise: before-images for undo, the updates (a filled cell
 * replaces the stored value, an empty one keeps it; or only empty fields are filled), the new contacts (this
 * session's half when a second session writes the other), and the list and tag memberships.
 */
final class ImportMerge {

	/** The staged columns an update writes (type and status stay as they are). */
	private static final List<String> MERGED = ImportStatements.STAGED.stream()
		.filter(column -> !List.of("type", "status", "custom_fields").contains(column))
		.toList();

	private final JdbcClient jdbc;
	private final PreparedHalves halves;
	private final UUID organization;
	private final UUID importId;
	private final @Nullable UUID owner;
	private final Options options;

	ImportMerge(JdbcClient jdbc, PreparedHalves halves, BatchSetup setup) {
		this.jdbc = jdbc;
		this.halves = halves;
		this.organization = setup.organization();
		this.importId = setup.importId();
		this.owner = setup.owner();
		this.options = setup.options();
	}

	Result merge(List<RowError> errors, long skipped, @Nullable SecondHalf part) {
		String mine = part == null ? "match_id is null " : "match_id is null and not (" + ImportSecondWriter.ITS_ROWS + ") ";
		String notTheirs = part == null ? "true " : "not (" + ImportSecondWriter.ITS_ROWS + ") ";
		jdbc.sql("""
				insert into contact_import_changes (organization_id, import_id, contact_id, before)
				select ?, ?, c.id, jsonb_build_object('first_name', c.first_name, 'last_name', c.last_name, 'email', c.email,
				    'phone', c.phone, 'company', c.company, 'job_title', c.job_title, 'linkedin_url', c.linkedin_url,
				    'industry', c.industry, 'business_type', c.business_type, 'network_type', c.network_type,
				    'priority', c.priority, 'campaign', c.campaign, 'campaign_id', c.campaign_id, 'ad_platform', c.ad_platform, 'notes', c.notes,
				    'custom_fields', c.custom_fields)
				from import_rows r join contacts c on c.id = r.match_id
				""").params(organization, importId).update();
		long updated = jdbc.sql("update contacts c set " + updates() + """
				, updated_at = now(), version = c.version + 1
				from import_rows r where r.match_id = c.id and c.organization_id = ?
				""").param(organization).update();
		long created = jdbc.sql(ImportStatements.insertContacts("import_rows", mine)).params(organization, owner, owner)
			.update();
		if (part != null) {
			SecondHalf.Written theirs = part.join();
			created += theirs.created();
			countTheOtherHalf(theirs);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					halves.resolve(importId, status == STATUS_COMMITTED);
				}
			});
		}
		jdbc.sql("""
				insert into contact_import_created (organization_id, import_id, contact_ids)
				select ?, ?, array_agg(new_id) from import_rows where match_id is null group by row_number / 10000
				""").params(organization, importId).update();
		if (options.listId() != null) {
			jdbc.sql(ImportStatements.addToList("import_rows", "coalesce(match_id, new_id)", notTheirs))
				.params(organization, options.listId(), organization, importId, options.listId()).update();
		}
		for (UUID tag : options.tagIds()) {
			jdbc.sql(ImportStatements.addTag("import_rows", "coalesce(match_id, new_id)", notTheirs))
				.params(organization, tag, organization, importId, tag).update();
		}
		return new Result(created, updated, skipped, errors);
	}

	/**
	 * The columns a matched row sets: a filled cell replaces the stored value and an empty one keeps it, or, when
	 * the import only fills empty fields, a stored value stays and a null or blank one takes the cell's. Set-wise
	 * either way: one statement for all matched rows.
	 */
	private String updates() {
		String columns = MERGED.stream().map(column -> column + " = " + (options.fillEmptyOnly()
				? "coalesce(nullif(c." + column + ", ''), r." + column + ")" : "coalesce(r." + column + ", c." + column + ")"))
			.collect(Collectors.joining(", "));
		return columns + ", custom_fields = " + (options.fillEmptyOnly() ? "r.custom_fields || c.custom_fields"
				: "c.custom_fields || r.custom_fields");
	}

	/**
	 * The second session leaves the contact counts (also per week), the search words and the list size of its half to this
	 * transaction (V18), as the statement triggers would have kept them.
	 */
	private void countTheOtherHalf(SecondHalf.Written theirs) {
		jdbc.sql("""
				insert into contact_counts as c (organization_id, type, status, live)
				select ?, type, coalesce(status, ''), count(*) from import_rows where\s""" + ImportSecondWriter.ITS_ROWS + """
				group by 2, 3
				on conflict (organization_id, type, status) do update set live = c.live + excluded.live
				""").param(organization).update();
		// Its contacts were created by the second session's transaction, which began inside this one's: same week but
		// for an import that spans midnight between Sunday and Monday.
		jdbc.sql("""
				insert into contact_weekly_counts as w (organization_id, week, created)
				select ?, date_trunc('week', now() at time zone 'UTC')::date, count(*) from import_rows where\s""" + ImportSecondWriter.ITS_ROWS + """
				having count(*) > 0
				on conflict (organization_id, week) do update set created = w.created + excluded.created
				""").param(organization).update();
		jdbc.sql("""
				insert into contact_changes as c (organization_id, changed_at) values (?, clock_timestamp())
				on conflict (organization_id) do update set changed_at = excluded.changed_at
				""").param(organization).update();
		jdbc.sql("""
				insert into contact_search_words (organization_id, word)
				select distinct ?::uuid, w
				from import_rows r, contact_search_words_of(r.first_name, r.last_name, r.company, r.job_title) w
				where\s""" + ImportSecondWriter.ITS_ROWS + """
				on conflict do nothing
				""").param(organization).update();
		if (options.listId() != null && theirs.listed() > 0) {
			jdbc.sql("update contact_lists set member_count = member_count + ? where id = ?").params(theirs.listed(), options.listId())
				.update();
		}
	}
}
