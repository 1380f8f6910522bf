package com.growthhub.dataio.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.ContactImports.RowError;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one import job. Every row is read, checked and staged, and the staged rows are merged, in ONE
 * transaction that also marks the job completed: a crash or kill at any point leaves nothing applied,
 * and the job system runs the job again from the file (up to {@link #MAX_ATTEMPTS} times). Progress,
 * counted by bytes read, is written and announced from separate short transactions.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
	static final int KEPT_ERRORS = 10_000;
	static final int MAX_ATTEMPTS = 3;
	private static final int PROGRESS_EVERY = 10_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactImports contacts;
	private final LiveUpdates live;
	private final Notifications notifications;

	ImportRunner(JdbcClient jdbc, TenantTransactions transactions, ContactImports contacts, LiveUpdates live,
			Notifications notifications) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contacts = contacts;
		this.live = live;
		this.notifications = notifications;
	}

	/**
	 * Finishes the prepared halves whose import is over: committed with a completed import, rolled back otherwise.
	 * An import still pending or processing is left to its job, which does the same when it runs again.
	 */
	void finishPreparedHalves() {
		for (UUID id : contacts.preparedHalves()) {
			String status = transactions.call(TenantScope.system(new Actor.Job("contact-import")), () -> jdbc
				.sql("select status from imports where id = ?").param(id).query(String.class).optional().orElse("gone"));
			if (!status.equals("pending") && !status.equals("processing")) {
				contacts.finishPreparedHalf(id, status.equals("completed"));
			}
		}
	}

	/** Thrown between rows when a person asked to cancel: the whole transaction rolls back. */
	static final class CancelledException extends RuntimeException {
	}

	record Job(UUID id, UUID organization, UUID user, String fileName, String status, int attempts, boolean cancelRequested,
			Map<String, String> mapping, List<String> headers, ContactImports.Options options, Path file, Path errorFile,
			String userEmail) {
	}

	void run(UUID importId, Path dataDir) {
		Job job = transactions.call(TenantScope.system(new Actor.Job("contact-import")), () -> load(importId, dataDir));
		if (job != null) {
			// A node that died between the two halves of a large import left the second one prepared.
			contacts.finishPreparedHalf(job.id(), job.status().equals("completed"));
		}
		if (job == null || !(job.status().equals("pending") || job.status().equals("processing"))) {
			return;
		}
		TenantScope scope = new TenantScope(OrganizationId.of(job.organization()), job.user(), new Actor.Job("contact-import"),
				false);
		if (job.cancelRequested()) {
			finish(scope, job, "cancelled", null);
			return;
		}
		if (job.attempts() >= MAX_ATTEMPTS) {
			finish(scope, job, "failed", "The import stopped " + MAX_ATTEMPTS + " times before it could finish; nothing was applied.");
			return;
		}
		transactions.run(scope, () -> jdbc.sql("""
				update imports set status = 'processing', attempts = attempts + 1, started_at = coalesce(started_at, now()),
				    processed = 0, failed = 0, progress = 0
				where id = ?
				""").param(job.id()).update());
		announce(job, "processing");
		try {
			transactions.run(scope, () -> importAll(job, scope));
			announce(job, "completed");
			settle(job);
		}
		catch (CancelledException ex) {
			finish(scope, job, "cancelled", null);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed", job.id(), ex);
			finish(scope, job, "failed", reason(ex));
		}
	}

	/** The import is complete either way: the background merge catches up if this fails. */
	private void settle(Job job) {
		long started = System.nanoTime();
		try {
			contacts.settle();
			log.info("Import {}: pending index entries merged in {} ms", job.id(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Import {}: could not merge the pending index entries; autovacuum will", job.id(), ex);
		}
	}

	private static String reason(RuntimeException ex) {
		if (ex instanceof org.springframework.web.ErrorResponse problem && problem.getBody().getDetail() != null) {
			return problem.getBody().getDetail();
		}
		return "The import could not be completed (" + ex.getClass().getSimpleName() + "); nothing was applied.";
	}

	private void importAll(Job job, TenantScope scope) {
		ContactImports.Batch batch = contacts.begin(OrganizationId.of(job.organization()), job.id(), job.user(), job.options());
		List<RowError> kept = new ArrayList<>();
		long total = 0;
		long failed = 0;
		Map<Integer, String> targets = new HashMap<>();
		for (int i = 0; i < job.headers().size(); i++) {
			String target = job.mapping().get(job.headers().get(i));
			if (target != null && !target.equals(ColumnMapping.SKIP)) {
				targets.put(i, target);
			}
		}
		long size = Math.max(1, fileSize(job.file()));
		long startedAt = System.nanoTime();
		try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(job.file()));
				CsvReader<CsvRecord> reader = CsvSource.of(job.file()).open(counting);
				CsvWriter errors = CsvWriter.builder().build(job.errorFile())) {
			Counts counts = new Counts();
			try (OrderedChecks<Numbered, Checked> checks = new OrderedChecks<>(Runtime.getRuntime().availableProcessors(), 1000,
					numbered -> check(job, batch, targets, numbered), checked -> {
						counts.total++;
						if (checked.checked().errors().isEmpty()) {
							batch.stage(checked.checked());
						}
						else {
							counts.failed++;
							for (RowError problem : checked.checked().errors()) {
								if (kept.size() < KEPT_ERRORS) {
									kept.add(problem);
								}
							}
							List<String> cells = new ArrayList<>(checked.cells());
							cells.add(describe(checked.checked().errors()));
							errors.writeRecord(cells);
						}
						if (counts.total % PROGRESS_EVERY == 0) {
							progress(job, scope, counts.total, counts.failed, (int) Math.min(99, counting.getByteCount() * 100 / size));
						}
					})) {
				// Rows are numbered as a spreadsheet shows them: the header is row 1.
				long row = 0;
				for (CsvRecord record : reader) {
					if (++row == 1) {
						List<String> names = new ArrayList<>(job.headers());
						names.add("error");
						errors.writeRecord(names);
					}
					else {
						checks.add(new Numbered(row, record));
					}
				}
				checks.finish();
			}
			total = counts.total;
			failed = counts.failed;
			long read = System.nanoTime();
			ContactImports.Result result = batch.apply();
			log.info("Import {}: {} rows read and checked in {} ms, merged in {} ms", job.id(), total,
					(read - startedAt) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
			if (!result.errors().isEmpty()) {
				failed += result.errors().size();
				for (RowError problem : result.errors()) {
					if (kept.size() < KEPT_ERRORS) {
						kept.add(problem);
					}
				}
				appendRows(job, errors, result.errors());
			}
			jdbc.sql("""
					insert into import_errors (organization_id, import_id, row_number, field, message)
					select ?, ?, * from unnest(?, ?, ?)
					""").params(job.organization(), job.id(), kept.stream().map(RowError::row).toArray(Long[]::new),
						kept.stream().map(RowError::field).toArray(String[]::new),
						kept.stream().map(RowError::message).toArray(String[]::new)).update();
			long successful = total - failed - result.skipped();
			jdbc.sql("""
					update imports set status = 'completed', total = ?, processed = ?, successful = ?, failed = ?, created = ?,
					    updated = ?, skipped = ?, progress = 100, finished_at = clock_timestamp()
					where id = ? and status = 'processing' and not cancel_requested
					""").params(total, total, successful, failed, result.created(), result.updated(), result.skipped(), job.id())
				.update();
			if (cancelRequested(job)) {
				throw new CancelledException();
			}
			notifications.send(OrganizationId.of(job.organization()), List.of(new Notifications.Recipient(job.user(),
					job.userEmail())), ImportNotificationTypes.IMPORT_FINISHED, "Import of " + job.fileName() + " finished",
					result.created() + " created, " + result.updated() + " updated, " + result.skipped() + " skipped, " + failed
							+ " failed",
					"/imports/" + job.id());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the import's file", ex);
		}
	}

	/** One row after its checks, with its cells as they were in the file (for the error file). */
	record Checked(ContactImports.Checked checked, List<String> cells) {
	}

	private static final class Counts {

		long total;
		long failed;
	}

	/** Runs on the checking threads: maps the row's cells to fields and applies the contact rules. */
	record Numbered(long row, CsvRecord record) {
	}

	private static Checked check(Job job, ContactImports.Batch batch, Map<Integer, String> targets, Numbered numbered) {
		long row = numbered.row();
		CsvRecord record = numbered.record();
		if (record.getFieldCount() > job.headers().size()) {
			return new Checked(new ContactImports.Checked(row, List.of(new RowError(row, "row", "has " + record.getFieldCount()
					+ " cells where the header has " + job.headers().size())), null), record.getFields());
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (var target : targets.entrySet()) {
			if (target.getKey() < record.getFieldCount()) {
				values.put(target.getValue(), record.getField(target.getKey()));
			}
		}
		return new Checked(batch.check(row, values), record.getFields());
	}

	/** Rows found wrong only when merged (repeated emails): read them again from the file for the error CSV. */
	private void appendRows(Job job, CsvWriter errors, List<RowError> problems) throws IOException {
		Map<Long, List<RowError>> byRow = new HashMap<>();
		problems.forEach(problem -> byRow.computeIfAbsent(problem.row(), key -> new ArrayList<>()).add(problem));
		try (CsvReader<CsvRecord> reader = CsvSource.of(job.file()).open()) {
			long row = 0;
			for (CsvRecord record : reader) {
				row++;
				List<RowError> found = byRow.get(row);
				if (found != null) {
					List<String> cells = new ArrayList<>(record.getFields());
					cells.add(describe(found));
					errors.writeRecord(cells);
				}
			}
		}
	}

	private static String describe(List<RowError> problems) {
		return String.join("; ", problems.stream().map(p -> p.field() + " " + p.message()).toList());
	}

	private void progress(Job job, TenantScope scope, long processed, long failed, int percent) {
		// Its own transaction, on another connection: the import's connection is busy with its COPY, and the
		// progress must be visible before the import commits.
		transactions.runInNewTransaction(scope, () -> {
			jdbc.sql("select set_config('app.import_progress', 'on', true)").query().singleRow();
			jdbc.sql("update imports set processed = ?, failed = ?, progress = ? where id = ?")
				.params(processed, failed, percent, job.id()).update();
			live.publish("import:" + job.id(), "progress", "{\"status\":\"processing\",\"progress\":" + percent
					+ ",\"processed\":" + processed + ",\"failed\":" + failed + "}");
		});
		if (cancelRequested(job)) {
			throw new CancelledException();
		}
	}

	private boolean cancelRequested(Job job) {
		return transactions.callInNewTransaction(TenantScope.system(new Actor.Job("contact-import")), () -> jdbc
			.sql("select cancel_requested from imports where id = ?").param(job.id()).query(Boolean.class).single());
	}

	private void finish(TenantScope scope, Job job, String status, String reason) {
		transactions.run(scope, () -> jdbc.sql("""
				update imports set status = ?, failure_reason = ?, finished_at = clock_timestamp() where id = ?
				""").params(status, reason, job.id()).update());
		announce(job, status);
	}

	private void announce(Job job, String status) {
		live.publish("import:" + job.id(), "status", "{\"status\":\"" + status + "\"}");
	}

	private Job load(UUID id, Path dataDir) {
		return jdbc.sql("""
				select i.*, u.email as user_email from imports i join users u on u.id = i.created_by where i.id = ?
				""").param(id).query((rs, n) -> {
			UUID organization = rs.getObject("organization_id", UUID.class);
			Path folder = ImportJobs.folder(dataDir, organization);
			java.sql.Array tags = rs.getArray("tag_ids");
			List<UUID> tagIds = tags == null ? List.of() : List.of((UUID[]) tags.getArray());
			return new Job(id, organization, rs.getObject("created_by", UUID.class), rs.getString("file_name"),
					rs.getString("status"), rs.getInt("attempts"), rs.getBoolean("cancel_requested"),
					JSON.readValue(rs.getString("mapping"), new TypeReference<LinkedHashMap<String, String>>() {
					}), JSON.readValue(rs.getString("headers"), new TypeReference<List<String>>() {
					}),
					new ContactImports.Options(ContactImports.DedupePolicy.valueOf(rs.getString("dedupe_policy")),
							rs.getObject("list_id", UUID.class), tagIds),
					ImportJobs.fileOf(folder, id), ImportJobs.errorFileOf(folder, id), rs.getString("user_email"));
		}).optional().orElse(null);
	}

	private static long fileSize(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The import's file is gone", ex);
		}
	}

	/** Counts the bytes read, for a progress bar that is right before the number of rows is known. */
	static final class CountingInputStream extends java.io.FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			count += b < 0 ? 0 : 1;
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count += Math.max(0, n);
			return n;
		}

		long getByteCount() {
			return count;
		}
	}
}
