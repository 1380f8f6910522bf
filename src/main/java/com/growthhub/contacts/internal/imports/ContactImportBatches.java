package com.growthhub.contacts.internal.imports;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.internal.ContactCampaignLinks;
import com.growthhub.contacts.internal.ContactEditor;
import com.growthhub.contacts.internal.ContactSettings;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.contacts.internal.search.PendingIndexEntries;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Imports in three steps inside the caller's transaction: each row is checked by {@link ContactEditor}
 * (the rules of a single create) and streamed with COPY into a temporary table; then a few statements
 * resolve duplicates inside the file, match existing contacts by email then phone, and insert or update
 * everything at once, recording before-images for undo ({@link StagedBatch}, {@link ImportMerge}). The row
 * audit trigger stands aside ({@code app.bulk_import}); the import record is the audit.
 */
@Service
class ContactImportBatches implements ContactImports {

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final ContactEditor editor;
	private final CustomFields customFields;
	private final ContactSettingsStore settings;
	private final ImportChoices choices;
	private final ImportUndo undo;
	private final PendingIndexEntries pendingIndexEntries;
	private final ImportSecondWriter secondWriter;
	private final PreparedHalves halves;
	private final ContactCampaignLinks campaignLinks;
	private final TenantTransactions transactions;

	ContactImportBatches(JdbcClient jdbc, DataSource dataSource, ContactEditor editor, CustomFields customFields,
			ContactSettingsStore settings, ImportChoices choices, ImportUndo undo, PendingIndexEntries pendingIndexEntries,
			ImportSecondWriter secondWriter, PreparedHalves halves,
			ContactCampaignLinks campaignLinks, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.editor = editor;
		this.customFields = customFields;
		this.settings = settings;
		this.choices = choices;
		this.undo = undo;
		this.pendingIndexEntries = pendingIndexEntries;
		this.secondWriter = secondWriter;
		this.halves = halves;
		this.campaignLinks = campaignLinks;
		this.transactions = transactions;
	}

	@Override
	public Rules rules(OrganizationId organization) {
		return choices.rules(organization);
	}

	@Override
	public List<Field> createTextFields(OrganizationId organization, Actor actor, List<String> labels) {
		return choices.createTextFields(organization, actor, labels);
	}

	@Override
	public List<Field> createTextFieldsWhileRoom(OrganizationId organization, Actor actor, List<String> labels) {
		return choices.createTextFieldsWhileRoom(organization, actor, labels);
	}

	@Override
	public @Nullable UUID resolveList(OrganizationId organization, Actor actor, @Nullable UUID listId,
			@Nullable String listName) {
		return choices.resolveList(organization, actor, listId, listName);
	}

	@Override
	public List<Choice> lists(OrganizationId organization) {
		return choices.lists(organization);
	}

	@Override
	public List<Choice> tags(OrganizationId organization) {
		return choices.tags(organization);
	}

	@Override
	public void checkTags(OrganizationId organization, List<UUID> tagIds) {
		choices.checkTags(organization, tagIds);
	}

	@Override
	public Batch begin(OrganizationId organization, UUID importId, Actor actor, Options options) {
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
		BatchSetup setup = new BatchSetup(org, importId, actor, options);
		return new StagedBatch(jdbc, dataSource, secondWriter, setup,
				new ImportRowChecks(editor, new ContactEditor.Context(rules, definitions, true), definitions, options.badValues()),
				new ImportMerge(jdbc, halves, setup));
	}

	@Override
	public List<UUID> preparedHalves() {
		return halves.list();
	}

	@Override
	public void finishPreparedHalf(UUID importId, boolean importCommitted) {
		halves.resolve(importId, importCommitted);
	}

	@Override
	public int linkCampaigns(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> campaignLinks.link(organization));
	}

	@Override
	public void settle() {
		pendingIndexEntries.merge();
	}

	@Override
	public Undone undo(OrganizationId organization, UUID importId) {
		return undo.undo(organization, importId);
	}
}
