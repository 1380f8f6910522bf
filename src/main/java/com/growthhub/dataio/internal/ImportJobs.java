package com.growthhub.dataio.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.ContactImports.DedupePolicy;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.Ids;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contact imports as people and programs start them: a file is received (streamed to disk, never held
 * in memory), sniffed and previewed; with a mapping and options it becomes an import job that the
 * background job system runs ({@link ImportRunner}). Jobs can be listed, followed, cancelled and undone.
 */
@Service
public class ImportJobs {

	public static final int PREVIEW_ROWS = 20;
	public static final Duration UNDO_WINDOW = Duration.ofDays(30);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactImports contacts;
	private final PlatformSettings platform;
	private final SchedulerClient scheduler;
	private final LiveUpdates live;

	ImportJobs(JdbcClient jdbc, TenantTransactions transactions, ContactImports contacts, PlatformSettings platform,
			SchedulerClient scheduler, LiveUpdates live) {
		this.live = live;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contacts = contacts;
		this.platform = platform;
		this.scheduler = scheduler;
	}

	/** A received file waiting for its mapping. */
	public record Upload(UUID id, String fileName, long size, String encoding, String delimiter, List<String> headers,
			List<List<String>> preview, Map<String, String> suggestedMapping, List<ContactImports.Field> customFields,
			boolean privacyMode) {
	}

	public record Options(DedupePolicy policy, @Nullable UUID listId, @Nullable String listName, List<UUID> tagIds) {
	}

	public record Totals(long total, long processed, long successful, long failed, long created, long updated,
			long skipped) {
	}

	public record RowProblem(long row, String field, String message) {
	}

	public record ImportView(UUID id, String status, String fileName, long fileSize, String dedupePolicy,
			@Nullable UUID listId, int progress, Totals totals, @Nullable String failureReason, Instant createdAt,
			@Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Instant undoneAt, boolean undoable,
			Map<String, String> mapping, List<RowProblem> errors) {

		public boolean running() {
			return status.equals("pending") || status.equals("processing");
		}
	}

	public record Page(List<ImportView> items, @Nullable String nextCursor) {
	}

	/** 400 for a file that is not CSV, an unknown target, or a missing column. */
	public static final class InvalidImportException extends ProblemException {

		InvalidImportException(String detail) {
			super(HttpStatus.BAD_REQUEST, "Invalid import", detail);
		}
	}

	/** 409 for an action the job's state does not allow. */
	public static final class ImportStateException extends ProblemException {

		ImportStateException(String detail) {
			super(HttpStatus.CONFLICT, "Not possible now", detail);
		}
	}

	/** Where an organization's uploads, import files and error files live. */
	static Path folder(Path dataDir, UUID organization) {
		return dataDir.resolve("imports").resolve(organization.toString());
	}

	static Path fileOf(Path folder, UUID importId) {
		return folder.resolve(importId + ".csv");
	}

	static Path errorFileOf(Path folder, UUID importId) {
		return folder.resolve(importId + ".errors.csv");
	}

	Path uploads() {
		return folder(platform.dataDir(), organization());
	}

	Path fileOf(UUID importId) {
		return fileOf(uploads(), importId);
	}

	Path errorFileOf(UUID importId) {
		return errorFileOf(uploads(), importId);
	}

	/** Writes an upload to the given file: a multipart part moves its temporary file there. */
	@FunctionalInterface
	public interface Transfer {

		void to(Path file) throws IOException;
	}

	/** Streams the upload to disk (never whole into memory) and reads its head. */
	public Upload receive(String fileName, Transfer transfer) {
		UUID id = Ids.next();
		Path target = uploads().resolve(id + ".upload");
		try {
			Files.createDirectories(target.getParent());
			transfer.to(target);
			return describe(id, fileName, target);
		}
		catch (CsvSource.UnreadableFileException ex) {
			deleteQuietly(target);
			throw new InvalidImportException(ex.getMessage());
		}
		catch (IOException ex) {
			deleteQuietly(target);
			throw new UncheckedIOException("Could not store the upload", ex);
		}
	}

	/** A received file again, for the mapping page. */
	public Upload upload(UUID uploadId, String fileName) {
		Path file = uploads().resolve(uploadId + ".upload");
		if (!Files.isRegularFile(file)) {
			throw NotFoundException.of("Upload");
		}
		try {
			return describe(uploadId, fileName, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Upload describe(UUID id, String fileName, Path file) throws IOException {
		CsvSource source = CsvSource.of(file);
		List<String> headers = null;
		List<List<String>> preview = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = source.open()) {
			for (CsvRecord record : reader) {
				if (headers == null) {
					headers = CsvSource.headerNames(record.getFields());
				}
				else if (preview.size() < PREVIEW_ROWS) {
					preview.add(record.getFields());
				}
				else {
					break;
				}
			}
		}
		if (headers == null) {
			throw new CsvSource.UnreadableFileException("The file has no header row.");
		}
		ContactImports.Rules rules = contacts.rules(TenantContext.requireOrganizationId());
		return new Upload(id, fileName, Files.size(file), source.charset().name(), String.valueOf(source.delimiter()), headers,
				preview, ColumnMapping.suggest(headers, rules.customFields(), rules.privacyMode()), rules.customFields(),
				rules.privacyMode());
	}

	/** Turns a received file into a job: checks the mapping, creates the new custom fields, queues the work. */
	public ImportView start(Upload upload, @Nullable Map<String, String> requested, Options options) {
		UUID uploadId = upload.id();
		String fileName = upload.fileName();
		Map<String, String> mapping = new LinkedHashMap<>(upload.suggestedMapping());
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
		UUID organizationUuid = organization();
		UUID user = TenantContext.userId().orElseThrow();
		List<String> newColumns = mapping.entrySet().stream().filter(e -> e.getValue().equals(ColumnMapping.NEW_FIELD))
			.map(Map.Entry::getKey).toList();
		if (!newColumns.isEmpty()) {
			List<ContactImports.Field> created = contacts.createTextFields(TenantContext.requireOrganizationId(), newColumns);
			for (int i = 0; i < newColumns.size(); i++) {
				mapping.put(newColumns.get(i), ContactImports.CUSTOM + created.get(i).key());
			}
		}
		UUID listId = contacts.resolveList(TenantContext.requireOrganizationId(), options.listId(), options.listName());
		contacts.checkTags(TenantContext.requireOrganizationId(), options.tagIds());
		UUID id = uploadId;
		try {
			Files.move(uploads().resolve(uploadId + ".upload"), fileOf(id), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the upload", ex);
		}
		transactions.run(TenantContext.current(), () -> jdbc.sql("""
				insert into imports (id, organization_id, created_by, file_name, file_size, encoding, delimiter, headers, mapping,
				    dedupe_policy, list_id, tag_ids)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?)
				""").params(id, organizationUuid, user, clip(fileName, 255), upload.size(), upload.encoding(), upload.delimiter(),
				JSON.writeValueAsString(upload.headers()), JSON.writeValueAsString(mapping), options.policy().name(), listId,
				options.tagIds().toArray(UUID[]::new)).update());
		scheduler.scheduleIfNotExists(ImportTask.TASK.instance(id.toString()).data(id.toString()).scheduledTo(Instant.now()));
		return find(id);
	}

	private static void checkTargets(Map<String, String> mapping, Upload upload) {
		Set<String> customKeys = new java.util.HashSet<>();
		upload.customFields().forEach(field -> customKeys.add(ContactImports.CUSTOM + field.key()));
		Set<String> used = new java.util.HashSet<>();
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
			if (upload.privacyMode() && (target.equals("lastName") || target.equals("notes") || target.equals(ColumnMapping.NEW_FIELD))) {
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

	/** 422: privacy mode keeps no last names, notes or other free text, not even from a file. */
	public static final class PrivacyRefusedException extends ProblemException {

		PrivacyRefusedException(List<String> columns) {
			super(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by privacy mode",
					"This organization runs in privacy mode: contacts keep a first name only, with no last name, notes or "
							+ "other free text. Skip these columns: " + String.join(", ", columns) + ".");
		}
	}

	public Page list(@Nullable String cursor, int limit) {
		PageCursor after = PageCursor.parse(cursor);
		int size = Math.clamp(limit, 1, 100);
		return transactions.call(TenantContext.current(), () -> {
			List<Object> params = new ArrayList<>(List.of(organization()));
			String where = "organization_id = ?";
			if (after != null) {
				where += " and (created_at, id) < (?, ?)";
				params.add(java.sql.Timestamp.from(after.instant()));
				params.add(after.id());
			}
			List<ImportView> rows = jdbc.sql("select * from imports where " + where + " order by created_at desc, id desc limit "
					+ (size + 1)).params(params).query((rs, n) -> view(rs, List.of())).list();
			String next = null;
			if (rows.size() > size) {
				ImportView last = rows.get(size - 1);
				next = new PageCursor(last.createdAt(), last.id()).encode();
				rows = rows.subList(0, size);
			}
			return new Page(rows, next);
		});
	}

	public ImportView find(UUID id) {
		return transactions.call(TenantContext.current(), () -> {
			List<RowProblem> errors = jdbc.sql("""
					select row_number, field, message from import_errors where import_id = ? and organization_id = ?
					order by row_number, field limit 100
					""").params(id, organization())
				.query((rs, n) -> new RowProblem(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
			return jdbc.sql("select * from imports where id = ? and organization_id = ?").params(id, organization())
				.query((rs, n) -> view(rs, errors)).optional().orElseThrow(() -> NotFoundException.of("Import"));
		});
	}

	public ImportView cancel(UUID id) {
		ImportView current = find(id);
		if (!current.running()) {
			throw new ImportStateException("The import is " + current.status() + "; only a pending or running import can be cancelled.");
		}
		transactions.run(TenantContext.current(), () -> jdbc.sql("""
				update imports set cancel_requested = true,
				    status = case when status = 'pending' then 'cancelled' else status end,
				    finished_at = case when status = 'pending' then now() else finished_at end
				where id = ? and organization_id = ?
				""").params(id, organization()).update());
		return find(id);
	}

	public ImportView undo(UUID id) {
		transactions.run(TenantContext.current(), () -> {
			ImportView current = jdbc.sql("select * from imports where id = ? and organization_id = ? for update")
				.params(id, organization()).query((rs, n) -> view(rs, List.of())).optional()
				.orElseThrow(() -> NotFoundException.of("Import"));
			if (!current.undoable()) {
				throw new ImportStateException(current.undoneAt() != null ? "The import was already undone."
						: "Only a completed import can be undone, within " + UNDO_WINDOW.toDays() + " days.");
			}
			contacts.undo(TenantContext.requireOrganizationId(), id);
			jdbc.sql("update imports set undone_at = now() where id = ?").param(id).update();
		});
		return find(id);
	}

	/**
	 * The job's live stream: progress and status events from now on, and first its current status, so a
	 * page that rendered just before the job finished still learns that it did.
	 */
	public SseEmitter follow(UUID id) {
		find(id);
		return live.subscribe("import:" + id, "status", () -> "{\"status\":\"" + find(id).status() + "\"}");
	}

	/** The rows that failed, as they were in the file, with an error column: fix them and import again. */
	public Path errorFile(UUID id) {
		find(id);
		Path file = errorFileOf(id);
		if (!Files.isRegularFile(file)) {
			throw NotFoundException.of("Error file");
		}
		return file;
	}

	ImportView view(java.sql.ResultSet rs, List<RowProblem> errors) throws java.sql.SQLException {
		String status = rs.getString("status");
		Instant finished = instant(rs, "finished_at");
		Instant undone = instant(rs, "undone_at");
		boolean undoable = status.equals("completed") && undone == null && finished != null
				&& finished.isAfter(Instant.now().minus(UNDO_WINDOW));
		return new ImportView(rs.getObject("id", UUID.class), status, rs.getString("file_name"), rs.getLong("file_size"),
				rs.getString("dedupe_policy").toLowerCase(java.util.Locale.ROOT), rs.getObject("list_id", UUID.class),
				rs.getInt("progress"),
				new Totals(rs.getLong("total"), rs.getLong("processed"), rs.getLong("successful"), rs.getLong("failed"),
						rs.getLong("created"), rs.getLong("updated"), rs.getLong("skipped")),
				rs.getString("failure_reason"), rs.getTimestamp("created_at").toInstant(), instant(rs, "started_at"), finished,
				undone, undoable, JSON.readValue(rs.getString("mapping"), new TypeReference<LinkedHashMap<String, String>>() {
				}), errors);
	}

	private static @Nullable Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		return rs.getTimestamp(column) == null ? null : rs.getTimestamp(column).toInstant();
	}

	private static UUID organization() {
		return TenantContext.requireOrganizationId().value();
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover upload is removed with the organization's import folder
		}
	}
}
