package com.growthhub.dataio.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.ContactImports.BadValues;
import com.growthhub.contacts.ContactImports.DedupePolicy;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a received file into an import job: checks the mapping, creates the new custom fields, and queues the
 * work for the background job system ({@link ImportRunner}).
 */
@Service
public class ImportStarter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactImports contacts;
	private final SchedulerClient scheduler;
	private final ImportFiles files;
	private final ImportJobs jobs;

	ImportStarter(JdbcClient jdbc, TenantTransactions transactions, ContactImports contacts, SchedulerClient scheduler,
			ImportFiles files, ImportJobs jobs) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contacts = contacts;
		this.scheduler = scheduler;
		this.files = files;
		this.jobs = jobs;
	}

	public record Options(DedupePolicy policy, @Nullable UUID listId, @Nullable String listName, List<UUID> tagIds,
			BadValues badValues, boolean fillEmptyOnly) {
	}

	/**
	 * Starts the import of an upload the organization received, for the person acting: the job and its new contacts
	 * are theirs. Columns that {@code requested} leaves out are mapped by their header; those whose header names no
	 * field (and a birthday column without a birthday field) become new text custom fields while the 50-field limit
	 * leaves room, and are skipped and reported beyond it or in privacy mode.
	 */
	public ImportView start(OrganizationId organization, Actor actor, ImportUploads.Upload upload,
			@Nullable Map<String, String> requested, Options options) {
		UUID id = upload.id();
		Map<String, String> mapping = new LinkedHashMap<>(upload.suggestedMapping());
		List<ImportView.SkippedColumn> skippedColumns = new ArrayList<>();
		List<String> automatic = columnsForNewFields(upload, requested, mapping, skippedColumns);
		if (requested != null) {
			requested.forEach((column, target) -> {
				if (!mapping.containsKey(column)) {
					throw new InvalidImportException("The file has no column \"" + column + "\"; its columns are "
							+ upload.headers() + ".");
				}
				mapping.put(column, target == null || target.isBlank() ? ColumnMapping.SKIP : target.strip());
			});
		}
		checkTargets(mapping, upload);
		UUID user = actor.requireUserId();
		contacts.checkTags(organization, options.tagIds());
		UUID listId = contacts.resolveList(organization, actor, options.listId(), options.listName());
		List<String> newColumns = mapping.entrySet().stream().filter(e -> e.getValue().equals(ColumnMapping.NEW_FIELD))
			.map(Map.Entry::getKey).toList();
		if (!newColumns.isEmpty()) {
			List<ContactImports.Field> created = contacts.createTextFields(organization, actor, newColumns);
			for (int i = 0; i < newColumns.size(); i++) {
				mapping.put(newColumns.get(i), ContactImports.CUSTOM + created.get(i).key());
			}
		}
		skippedColumns.addAll(newFieldsWhileRoom(organization, actor, automatic, mapping, upload.privacyMode()));
		try {
			Files.move(files.uploadOf(organization, id), files.fileOf(organization, id),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the upload", ex);
		}
		transactions.run(organization, actor, () -> jdbc.sql("""
				insert into imports (id, organization_id, created_by, file_name, file_size, encoding, delimiter, headers, mapping,
				    dedupe_policy, list_id, tag_ids, bad_values, fill_empty_only, skipped_columns)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, cast(? as jsonb))
				""").params(id, organization.value(), user, clip(upload.fileName(), 255), upload.size(), upload.encoding(),
				upload.delimiter(), JSON.writeValueAsString(upload.headers()), JSON.writeValueAsString(mapping),
				options.policy().name(), listId, options.tagIds().toArray(UUID[]::new), options.badValues().name(),
				options.fillEmptyOnly(), JSON.writeValueAsString(skippedColumns)).update());
		scheduler.scheduleIfNotExists(ImportTask.TASK.instance(id.toString()).data(id.toString()).scheduledTo(Instant.now()));
		return jobs.find(organization, id);
	}

	/**
	 * The columns left to their header that name no field (or suggest a new one): mapped to skip until their fields
	 * exist. A column without a header is skipped and reported instead.
	 */
	private static List<String> columnsForNewFields(ImportUploads.Upload upload, @Nullable Map<String, String> requested,
			Map<String, String> mapping, List<ImportView.SkippedColumn> skippedColumns) {
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < upload.headers().size(); i++) {
			String column = upload.headers().get(i);
			if (requested != null && requested.containsKey(column)) {
				continue;
			}
			if (column.equals(CsvSource.unnamed(i))) {
				skippedColumns.add(new ImportView.SkippedColumn(column, "has no header; map it to import it"));
				mapping.put(column, ColumnMapping.SKIP);
			}
			else if (ColumnMapping.NEW_FIELD.equals(mapping.get(column))
					|| ColumnMapping.namesNoField(column, upload.customFields())) {
				columns.add(column);
				mapping.put(column, ColumnMapping.SKIP);
			}
		}
		return columns;
	}

	/** Maps the columns to new text custom fields while there is room; answers the columns left out. */
	private List<ImportView.SkippedColumn> newFieldsWhileRoom(OrganizationId organization, Actor actor,
			List<String> columns, Map<String, String> mapping, boolean privacyMode) {
		if (columns.isEmpty()) {
			return List.of();
		}
		if (privacyMode) {
			return columns.stream().map(column -> new ImportView.SkippedColumn(column,
					"names no field, and in privacy mode no custom field is made from a column")).toList();
		}
		List<ContactImports.Field> created = contacts.createTextFieldsWhileRoom(organization, actor, columns);
		for (int i = 0; i < created.size(); i++) {
			mapping.put(columns.get(i), ContactImports.CUSTOM + created.get(i).key());
		}
		return columns.subList(created.size(), columns.size()).stream().map(column -> new ImportView.SkippedColumn(column,
				"names no field, and the organization has the most custom fields it can have (50)")).toList();
	}

	private static void checkTargets(Map<String, String> mapping, ImportUploads.Upload upload) {
		Set<String> customKeys = new HashSet<>();
		upload.customFields().forEach(field -> customKeys.add(ContactImports.CUSTOM + field.key()));
		Set<String> used = new HashSet<>();
		List<String> refused = new ArrayList<>();
		mapping.forEach((column, target) -> {
			boolean known = target.equals(ColumnMapping.SKIP) || target.equals(ColumnMapping.NEW_FIELD)
					|| ContactImports.STANDARD_FIELDS.contains(target) || customKeys.contains(target);
			if (!known) {
				throw new InvalidImportException("Column \"" + column + "\" maps to " + target + ", which is not a contact "
						+ "field; use one of " + ContactImports.STANDARD_FIELDS + ", cf.<custom field key>, new or skip.");
			}
			if (!target.equals(ColumnMapping.SKIP) && !target.equals(ColumnMapping.NEW_FIELD) && !used.add(target)) {
				throw new InvalidImportException("Two columns map to " + target + ".");
			}
			PrivacyMode privacy = PrivacyMode.of(upload.privacyMode());
			if (!privacy.allowsField(target) || target.equals(ColumnMapping.NEW_FIELD) && !privacy.allowsFreeText()) {
				refused.add(column);
			}
		});
		if (!used.contains("firstName")) {
			throw new InvalidImportException("No column maps to firstName, which every contact needs.");
		}
		if (!refused.isEmpty()) {
			throw new PrivacyRefusedException(refused);
		}
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
