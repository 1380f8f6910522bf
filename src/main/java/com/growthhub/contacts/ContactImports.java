package com.growthhub.contacts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Bulk writes for file imports: every row passes the same rules as a single create, and the rows are
 * then merged into the contacts set-wise. A batch lives inside one transaction of the organization, so
 * an import applies whole or not at all.
 */
public interface ContactImports {

	/** The standard fields a column can fill, in the template's order. */
	List<String> STANDARD_FIELDS = List.of("firstName", "lastName", "email", "phone", "company", "jobTitle", "linkedinUrl",
			"industry", "businessType", "networkType", "priority", "campaign", "adPlatform", "notes");

	/** The prefix of a custom field's key when it is a column's target: {@code cf.budget}. */
	String CUSTOM = "cf.";

	Rules rules(OrganizationId organization);

	/** Creates text custom fields named by the labels; answers them. 422 when the 50-field limit would be passed. */
	List<Field> createTextFields(OrganizationId organization, Actor actor, List<String> labels);

	/**
	 * Creates text custom fields named by the labels, in order, while the 50-field limit leaves room; answers those
	 * created, which are for the first labels.
	 */
	List<Field> createTextFieldsWhileRoom(OrganizationId organization, Actor actor, List<String> labels);

	/** The target list: an existing one (404 unless it is the organization's), one found or made by name, or none. */
	@Nullable UUID resolveList(OrganizationId organization, Actor actor, @Nullable UUID listId, @Nullable String listName);

	/** 404 unless every tag is the organization's. */
	void checkTags(OrganizationId organization, List<UUID> tagIds);

	/** The organization's lists and tags, to pick from when starting an import. */
	List<Choice> lists(OrganizationId organization);

	List<Choice> tags(OrganizationId organization);

	record Choice(UUID id, String name) {
	}

	/**
	 * Starts a batch in the caller's transaction; must be inside a transaction of {@code organization}. The new
	 * contacts are owned and created by the actor when it is a person, by nobody otherwise.
	 */
	Batch begin(OrganizationId organization, UUID importId, Actor actor, Options options);

	/**
	 * Merges the search and custom-field index entries that the import left pending into those indexes, in one
	 * sorted pass and its own transaction; until then searches also read the pending entries. Call it after the
	 * import committed.
	 */
	void settle();

	/**
	 * Gives the imported contacts the campaigns their campaign column names, creating the names the organization has
	 * no campaign for, in a transaction of its own. Call it after the import committed: a large import's second
	 * session writes rows this one cannot see before. Answers how many contacts it linked.
	 */
	int linkCampaigns(OrganizationId organization, Actor actor);

	/**
	 * Large imports insert half of their new contacts from a second session, prepared with two-phase commit and
	 * committed or rolled back with the import. These are the imports whose half is still prepared (their node
	 * died, or is about to resolve it).
	 */
	List<UUID> preparedHalves();

	/** Commits the import's prepared half if the import committed, else rolls it back; nothing if there is none. */
	void finishPreparedHalf(UUID importId, boolean importCommitted);

	/** Restores what the import changed: created contacts go to the trash, updated fields get their old values. */
	Undone undo(OrganizationId organization, UUID importId);

	record Rules(boolean privacyMode, List<Field> customFields) {
	}

	record Field(String key, String label, String type) {
	}

	enum DedupePolicy {
		CREATE_ONLY, UPDATE_EXISTING, UPSERT
	}

	/** What a custom field value that fails its checks costs: its whole row (the default), or only itself. */
	enum BadValues {
		SKIP_ROW, SKIP_FIELD
	}

	/**
	 * How a batch merges: the dedupe policy, the list and tags everyone gets, what a bad custom field value costs, and
	 * whether an update only fills the fields of a matched contact that are empty (null or blank columns, absent
	 * custom field keys) instead of replacing them.
	 */
	record Options(DedupePolicy policy, @Nullable UUID listId, List<UUID> tagIds, BadValues badValues,
			boolean fillEmptyOnly) {
	}

	/**
	 * A problem with one row: {@code field} is a field key ({@code customFields.<key>} for a custom field, as in
	 * API errors), or {@code row} for the row as a whole.
	 */
	record RowError(long row, String field, String message) {
	}

	record Result(long created, long updated, long skipped, List<RowError> errors) {
	}

	record Undone(long removed, long restored) {
	}

	/**
	 * A row after its checks: its problems, or (when none) what will be staged for it and the custom field values
	 * left out of it ({@link BadValues#SKIP_FIELD}).
	 */
	record Checked(long row, List<RowError> errors, @Nullable List<@Nullable String> staged, List<RowError> skippedFields) {

		public Checked(long row, List<RowError> errors, @Nullable List<@Nullable String> staged) {
			this(row, errors, staged, List.of());
		}
	}

	interface Batch {

		/** Checks one row (field key → cell text). Safe to call from several threads at once. */
		Checked check(long row, Map<String, String> values);

		/** Stages a row that passed its checks; one thread at a time. */
		void stage(Checked row);

		/** Merges the staged rows: duplicates inside the file fail, the policy decides matched and new rows. */
		Result apply();
	}
}
