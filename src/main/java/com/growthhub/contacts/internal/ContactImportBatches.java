package com.growthhub.contacts.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.internal.CustomFieldDefinition.FieldType;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

import de.siegmar.fastcsv.writer.CsvWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports in three steps inside the caller's transaction: each row is checked by {@link ContactEditor}
 * (the rules of a single create) and streamed with COPY into a temporary table; then a few statements
 * resolve duplicates inside the file, match existing contacts by email then phone, and insert or update
 * everything at once, recording before-images for undo. The row audit trigger stands aside
 * ({@code app.bulk_import}); the import record is the audit.
 */
@Service
class ContactImportBatches implements ContactImports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final ContactEditor editor;
	private final CustomFields customFields;
	private final ContactSettingsStore settings;
	private final TenantTransactions transactions;
	private final ContactLists lists;
	private final Tags tags;
	private final PendingIndexEntries pendingIndexEntries;
	private final ImportSecondWriter secondWriter;

	ContactImportBatches(JdbcClient jdbc, DataSource dataSource, ContactEditor editor, CustomFields customFields,
			ContactSettingsStore settings, TenantTransactions transactions, ContactLists lists, Tags tags,
			PendingIndexEntries pendingIndexEntries, ImportSecondWriter secondWriter) {
		this.pendingIndexEntries = pendingIndexEntries;
		this.secondWriter = secondWriter;
		this.lists = lists;
		this.tags = tags;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.editor = editor;
		this.customFields = customFields;
		this.settings = settings;
		this.transactions = transactions;
	}

	@Override
	public Rules rules(OrganizationId organization) {
		return transactions.call(TenantContext.current(), () -> new Rules(settings.get(organization.value()).privacyMode(),
				customFields.definitions(organization.value()).stream().map(ContactImportBatches::field).toList()));
	}

	@Override
	public List<Field> createTextFields(OrganizationId organization, List<String> labels) {
		List<Field> created = new ArrayList<>();
		List<CustomFieldDefinition> existing = customFields.list();
		int position = existing.size();
		java.util.Set<String> keys = new java.util.HashSet<>(existing.stream().map(CustomFieldDefinition::key).toList());
		for (String label : labels) {
			String key = uniqueKey(label, keys);
			keys.add(key);
			created.add(field(customFields.create(key, label.strip().isEmpty() ? key : clip(label.strip(), 100), FieldType.STRING,
					List.of(), false, position++)));
		}
		return created;
	}

	private static String uniqueKey(String label, java.util.Set<String> taken) {
		String base = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
			base = "field_" + base;
		}
		base = clip(base, 40);
		String key = base;
		for (int n = 2; taken.contains(key); n++) {
			key = base + "_" + n;
		}
		return key;
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static Field field(CustomFieldDefinition definition) {
		return new Field(definition.key(), definition.label(), definition.type().name().toLowerCase(Locale.ROOT));
	}

	@Override
	public @Nullable UUID resolveList(OrganizationId organization, @Nullable UUID listId, @Nullable String listName) {
		if (listId != null) {
			return lists.get(listId).id();
		}
		if (listName == null || listName.isBlank()) {
			return null;
		}
		String name = listName.strip();
		return lists.list().stream().filter(list -> list.name().equalsIgnoreCase(name)).findFirst()
			.map(ContactLists.ListView::id)
			.orElseGet(() -> lists.create(name, "Created by a CSV import").id());
	}

	@Override
	public List<Choice> lists(OrganizationId organization) {
		return lists.list().stream().map(list -> new Choice(list.id(), list.name())).toList();
	}

	@Override
	public List<Choice> tags(OrganizationId organization) {
		return tags.choices();
	}

	@Override
	public void checkTags(OrganizationId organization, List<UUID> tagIds) {
		if (tagIds.isEmpty()) {
			return;
		}
		java.util.Set<UUID> known = new java.util.HashSet<>(tags.choices().stream().map(Choice::id).toList());
		if (!known.containsAll(tagIds)) {
			throw com.growthhub.platform.web.NotFoundException.of("Tag");
		}
	}

	@Override
	public Batch begin(OrganizationId organization, UUID importId, UUID actingUser, Options options) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An import batch runs inside one transaction");
		}
		UUID org = organization.value();
		ContactSettings rules = settings.get(org);
		List<CustomFieldDefinition> definitions = customFields.definitions(org);
		jdbc.sql("select set_config('app.bulk_import', 'on', true)").query().singleRow();
		pendingIndexEntries.importing();
		jdbc.sql("""
				create temp table import_rows (
				    row_number bigint not null, type text not null, status text, first_name text, last_name text, email text, phone text, company text,
				    job_title text, linkedin_url text, industry text, business_type text, network_type text, priority text,
				    campaign text, ad_platform text, notes text, custom_fields jsonb not null,
				    new_id uuid not null default uuidv7(), match_id uuid
				) on commit drop
				""").update();
		return new StagedBatch(org, importId, actingUser, options, new ContactEditor.Context(rules, definitions, true),
				definitions);
	}

	private final class StagedBatch implements Batch {

		private final UUID organization;
		private final UUID importId;
		private final UUID actingUser;
		private final Options options;
		private final ContactEditor.Context context;
		private final Map<String, CustomFieldDefinition> definitions = new HashMap<>();
		private final PGCopyOutputStream copy;
		private final CsvWriter rows;

		StagedBatch(UUID organization, UUID importId, UUID actingUser, Options options, ContactEditor.Context context,
				List<CustomFieldDefinition> definitions) {
			this.organization = organization;
			this.importId = importId;
			this.actingUser = actingUser;
			this.options = options;
			this.context = context;
			definitions.forEach(definition -> this.definitions.put(definition.key(), definition));
			Connection connection = DataSourceUtils.getConnection(dataSource);
			try {
				this.copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), "copy import_rows (row_number, "
						+ String.join(", ", ImportStatements.STAGED) + ") from stdin (format csv)", 1 << 16);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not start the import's COPY", ex);
			}
			Writer writer = new OutputStreamWriter(copy, StandardCharsets.UTF_8);
			this.rows = CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(writer);
		}

		@Override
		public Checked check(long row, Map<String, String> values) {
			Map<String, @Nullable Object> changes = new HashMap<>();
			Map<String, Object> custom = new LinkedHashMap<>();
			List<RowError> errors = new ArrayList<>();
			values.forEach((key, raw) -> {
				if (raw == null || raw.isBlank()) {
					return;
				}
				String text = raw.strip();
				if (key.startsWith(CUSTOM)) {
					String fieldKey = key.substring(CUSTOM.length());
					CustomFieldDefinition definition = definitions.get(fieldKey);
					Object value = definition == null ? null : CustomFields.parseFilter(definition, text);
					if (definition == null) {
						errors.add(new RowError(row, "customFields." + fieldKey, "is not a custom field of this organization"));
					}
					else if (value == null) {
						errors.add(new RowError(row, "customFields." + fieldKey,
								"must be a " + definition.type().name().toLowerCase(Locale.ROOT)));
					}
					else {
						custom.put(fieldKey, value);
					}
				}
				else {
					changes.put(key, text);
				}
			});
			if (!custom.isEmpty()) {
				changes.put("customFields", custom);
			}
			changes.put("source", "CSV");
			ContactDraft draft = new ContactDraft();
			try {
				editor.apply(draft, changes, context);
			}
			catch (InvalidContactException ex) {
				ex.errors().forEach(error -> errors.add(new RowError(row, error.get("field"), error.get("message"))));
			}
			catch (PolicyRefusedException ex) {
				ex.fields().forEach(field -> errors.add(new RowError(row, field,
						"is refused: this organization runs in privacy mode (first names only, no free text)")));
			}
			if (errors.isEmpty() && draft.email == null && draft.phone == null) {
				errors.add(new RowError(row, "email", "needs an email or a phone to tell this person apart"));
			}
			if (!errors.isEmpty()) {
				return new Checked(row, errors, null);
			}
			return new Checked(row, List.of(), java.util.Arrays.asList(String.valueOf(row), draft.type.name(), draft.status,
					draft.firstName, draft.lastName, draft.email, draft.phone, draft.company, draft.jobTitle, draft.linkedinUrl,
					draft.industry, draft.businessType, draft.networkType, draft.priority, draft.campaign, draft.adPlatform,
					draft.notes, JSON.writeValueAsString(draft.customFields)));
		}

		@Override
		public void stage(Checked row) {
			if (row.staged() == null || !row.errors().isEmpty()) {
				throw new IllegalArgumentException("Row " + row.row() + " did not pass its checks");
			}
			rows.writeRecord(row.staged());
		}

		@Override
		public Result apply() {
			try {
				rows.close(); // ends the COPY
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not finish staging the import", ex);
			}
			List<RowError> errors = new ArrayList<>();
			jdbc.sql("create index on import_rows (email)").update();
			jdbc.sql("create index on import_rows (phone)").update();
			jdbc.sql("analyze import_rows").update();
			// Duplicates inside the file: the first row of an email, or of a phone among rows without email, wins.
			duplicates(errors, """
					delete from import_rows r using (
					    select row_number, min(row_number) over (partition by email) as first from import_rows where email is not null
					) d where r.row_number = d.row_number and d.row_number <> d.first
					returning r.row_number, d.first
					""", "email");
			duplicates(errors, """
					delete from import_rows r using (
					    select row_number, min(row_number) over (partition by phone) as first from import_rows
					    where email is null and phone is not null
					) d where r.row_number = d.row_number and d.row_number <> d.first
					returning r.row_number, d.first
					""", "phone");
			jdbc.sql("""
					update import_rows r set match_id = c.id from contacts c
					where c.organization_id = ? and c.deleted_at is null and c.email = r.email
					""").param(organization).update();
			// Several contacts may share a phone; the row then updates one of them.
			jdbc.sql("""
					update import_rows r set match_id = c.id from contacts c
					where r.match_id is null and r.phone is not null
					  and c.organization_id = ? and c.deleted_at is null and c.phone = r.phone
					""").param(organization).update();
			// The planner needs to know how many rows matched before joining them back to contacts.
			jdbc.sql("analyze import_rows").update();
			// Two rows that found the same contact (one by email, one by phone): the first wins.
			duplicates(errors, """
					delete from import_rows r using (
					    select row_number, min(row_number) over (partition by match_id) as first from import_rows where match_id is not null
					) d where r.row_number = d.row_number and d.row_number <> d.first
					returning r.row_number, d.first
					""", "row");
			long skipped = switch (options.policy()) {
				case CREATE_ONLY -> jdbc.sql("delete from import_rows where match_id is not null").update();
				case UPDATE_EXISTING -> jdbc.sql("delete from import_rows where match_id is null").update();
				case UPSERT -> 0;
			};
			// Many new contacts: a second session inserts half of them meanwhile (see ImportSecondWriter).
			Connection connection = DataSourceUtils.getConnection(dataSource);
			long toCreate = jdbc.sql("select count(*) from import_rows where match_id is null").query(Long.class).single();
			ImportSecondWriter.Part part = secondWriter.wanted(toCreate, connection)
					? secondWriter.start(connection, TenantContext.current(), organization, importId, actingUser, options.listId(),
							options.tagIds())
					: null;
			try {
				return merge(errors, skipped, part);
			}
			catch (RuntimeException ex) {
				if (part != null) {
					part.abandon();
				}
				throw ex;
			}
		}

		private Result merge(List<RowError> errors, long skipped, ImportSecondWriter.@Nullable Part part) {
			String mine = part == null ? "match_id is null " : "match_id is null and not (" + ImportSecondWriter.ITS_ROWS + ") ";
			String notTheirs = part == null ? "true " : "not (" + ImportSecondWriter.ITS_ROWS + ") ";
			jdbc.sql("""
					insert into contact_import_changes (organization_id, import_id, contact_id, before)
					select ?, ?, c.id, jsonb_build_object('first_name', c.first_name, 'last_name', c.last_name, 'email', c.email,
					    'phone', c.phone, 'company', c.company, 'job_title', c.job_title, 'linkedin_url', c.linkedin_url,
					    'industry', c.industry, 'business_type', c.business_type, 'network_type', c.network_type,
					    'priority', c.priority, 'campaign', c.campaign, 'ad_platform', c.ad_platform, 'notes', c.notes,
					    'custom_fields', c.custom_fields)
					from import_rows r join contacts c on c.id = r.match_id
					""").params(organization, importId).update();
			// A filled cell replaces the stored value; an empty cell keeps it.
			long updated = jdbc.sql("""
					update contacts c set first_name = coalesce(r.first_name, c.first_name), last_name = coalesce(r.last_name, c.last_name),
					    email = coalesce(r.email, c.email), phone = coalesce(r.phone, c.phone), company = coalesce(r.company, c.company),
					    job_title = coalesce(r.job_title, c.job_title), linkedin_url = coalesce(r.linkedin_url, c.linkedin_url),
					    industry = coalesce(r.industry, c.industry), business_type = coalesce(r.business_type, c.business_type),
					    network_type = coalesce(r.network_type, c.network_type), priority = coalesce(r.priority, c.priority),
					    campaign = coalesce(r.campaign, c.campaign), ad_platform = coalesce(r.ad_platform, c.ad_platform),
					    notes = coalesce(r.notes, c.notes), custom_fields = c.custom_fields || r.custom_fields,
					    updated_at = now(), version = c.version + 1
					from import_rows r where r.match_id = c.id and c.organization_id = ?
					""").param(organization).update();
			long created = jdbc.sql(ImportStatements.insertContacts("import_rows", mine)).params(organization, actingUser, actingUser)
				.update();
			if (part != null) {
				ImportSecondWriter.Written theirs = part.join();
				created += theirs.created();
				countTheOtherHalf(theirs);
				UUID id = importId;
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						secondWriter.resolve(id, status == STATUS_COMMITTED);
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
		 * The second session leaves the contact counts, the search words and the list size of its half to this
		 * transaction (V18), as the statement triggers would have kept them.
		 */
		private void countTheOtherHalf(ImportSecondWriter.Written theirs) {
			jdbc.sql("""
					insert into contact_counts as c (organization_id, type, status, live)
					select ?, type, coalesce(status, ''), count(*) from import_rows where\s""" + ImportSecondWriter.ITS_ROWS + """
					group by 2, 3
					on conflict (organization_id, type, status) do update set live = c.live + excluded.live
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

		private void duplicates(List<RowError> errors, String statement, String field) {
			jdbc.sql(statement).query((rs, n) -> errors.add(new RowError(rs.getLong(1), field,
					field.equals("row") ? "matches the same contact as row " + rs.getLong(2)
							: "repeats the " + field + " of row " + rs.getLong(2)))).list();
		}
	}

	@Override
	public List<UUID> preparedHalves() {
		return secondWriter.prepared();
	}

	@Override
	public void finishPreparedHalf(UUID importId, boolean importCommitted) {
		secondWriter.resolve(importId, importCommitted);
	}

	@Override
	public void settle() {
		pendingIndexEntries.merge();
	}

	@Override
	public Undone undo(OrganizationId organization, UUID importId) {
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
				    campaign = i.before ->> 'campaign', ad_platform = i.before ->> 'ad_platform', notes = i.before ->> 'notes',
				    custom_fields = i.before -> 'custom_fields', updated_at = now(), version = c.version + 1
				from contact_import_changes i
				where i.import_id = ? and i.before is not null and c.id = i.contact_id and c.organization_id = ?
				""").params(importId, org).update();
		return new Undone(removed, restored);
	}
}
