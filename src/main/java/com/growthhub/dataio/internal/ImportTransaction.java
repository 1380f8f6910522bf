package com.growthhub.dataio.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.ContactImports.RowError;
import com.growthhub.dataio.ContactsImported;
import com.growthhub.platform.tenancy.TenantScope;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * What an import does inside its one transaction: reads the file once, checks the rows on several threads in
 * file order, stages the good ones, merges them, keeps the problems (also the values left out of rows that were
 * imported without them) and marks the job completed. Announces {@link ContactsImported}, delivered once the
 * transaction commits.
 */
@Component
class ImportTransaction {

	private static final Logger log = LoggerFactory.getLogger(ImportTransaction.class);
	static final int KEPT_ERRORS = 10_000;
	private static final int PROGRESS_EVERY = 10_000;

	private final JdbcClient jdbc;
	private final ContactImports contacts;
	private final ImportProgress progress;
	private final ApplicationEventPublisher events;

	ImportTransaction(JdbcClient jdbc, ContactImports contacts, ImportProgress progress, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.progress = progress;
		this.events = events;
	}

	/** One row after its checks, with its cells as they were in the file (for the error file). */
	private record Checked(ContactImports.Checked checked, List<String> cells) {
	}

	/** Runs on the checking threads: maps the row's cells to fields and applies the contact rules. */
	private record Numbered(long row, CsvRecord record) {
	}

	private static final class Counts {

		long total;
		long failed;
		long fieldsSkipped;
	}

	/** Call inside the import's transaction. */
	void importAll(ImportJob job, TenantScope scope) {
		ContactImports.Batch batch = contacts.begin(job.organizationId(), job.id(), job.startedBy(), job.options());
		List<RowError> kept = new ArrayList<>();
		Map<Integer, String> targets = targets(job);
		long size = Math.max(1, fileSize(job.file()));
		long startedAt = System.nanoTime();
		try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(job.file()));
				CsvReader<CsvRecord> reader = CsvSource.of(job.file()).open(counting);
				CsvWriter errors = CsvWriter.builder().build(job.errorFile())) {
			Counts counts = new Counts();
			try (OrderedChecks<Numbered, Checked> checks = new OrderedChecks<>(Runtime.getRuntime().availableProcessors(), 1000,
					numbered -> check(job, batch, targets, numbered), checked -> {
						counts.total++;
						List<RowError> skippedFields = checked.checked().skippedFields();
						if (checked.checked().errors().isEmpty()) {
							batch.stage(checked.checked());
							if (!skippedFields.isEmpty()) {
								counts.fieldsSkipped += skippedFields.size();
								keep(kept, skippedFields);
								ImportErrorFile.writeRow(errors, checked.cells(), skippedFields);
							}
						}
						else {
							counts.failed++;
							keep(kept, checked.checked().errors());
							ImportErrorFile.writeRow(errors, checked.cells(), checked.checked().errors());
						}
						if (counts.total % PROGRESS_EVERY == 0) {
							progress.report(job, scope, counts.total, counts.failed,
									(int) Math.min(99, counting.getByteCount() * 100 / size));
						}
					})) {
				// Rows are numbered as a spreadsheet shows them: the header is row 1.
				long row = 0;
				for (CsvRecord record : reader) {
					if (++row == 1) {
						ImportErrorFile.writeHeader(errors, job.headers());
					}
					else {
						checks.add(new Numbered(row, record));
					}
				}
				checks.finish();
			}
			long total = counts.total;
			long failed = counts.failed;
			long read = System.nanoTime();
			ContactImports.Result result = batch.apply();
			log.info("Import {}: {} rows read and checked in {} ms, merged in {} ms", job.id(), total,
					(read - startedAt) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
			if (!result.errors().isEmpty()) {
				failed += result.errors().size();
				keep(kept, result.errors());
				ImportErrorFile.appendRows(job, errors, result.errors());
			}
			complete(job, kept, total, failed, counts.fieldsSkipped, result);
			progress.stopIfCancelled(job);
			events.publishEvent(new ContactsImported(job.organizationId(), job.id(), job.user(),
					job.fileName(), result.created(), result.updated(), result.skipped(), failed));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the import's file", ex);
		}
	}

	private void complete(ImportJob job, List<RowError> kept, long total, long failed, long fieldsSkipped,
			ContactImports.Result result) {
		jdbc.sql("""
				insert into import_errors (organization_id, import_id, row_number, field, message)
				select ?, ?, * from unnest(?, ?, ?)
				""").params(job.organization(), job.id(), kept.stream().map(RowError::row).toArray(Long[]::new),
				kept.stream().map(RowError::field).toArray(String[]::new),
				kept.stream().map(RowError::message).toArray(String[]::new)).update();
		long successful = total - failed - result.skipped();
		jdbc.sql("""
				update imports set status = ?, total = ?, processed = ?, successful = ?, failed = ?, created = ?,
				    updated = ?, skipped = ?, fields_skipped = ?, progress = 100, finished_at = clock_timestamp()
				where id = ? and status = ? and not cancel_requested
				""").params(ImportStatus.COMPLETED.dbValue(), total, total, successful, failed, result.created(), result.updated(),
				result.skipped(), fieldsSkipped, job.id(), ImportStatus.PROCESSING.dbValue())
			.update();
	}

	private static void keep(List<RowError> kept, List<RowError> problems) {
		for (RowError problem : problems) {
			if (kept.size() < KEPT_ERRORS) {
				kept.add(problem);
			}
		}
	}

	private static Map<Integer, String> targets(ImportJob job) {
		Map<Integer, String> targets = new HashMap<>();
		for (int i = 0; i < job.headers().size(); i++) {
			String target = job.mapping().get(job.headers().get(i));
			if (target != null && !target.equals(ColumnMapping.SKIP)) {
				targets.put(i, target);
			}
		}
		return targets;
	}

	private static Checked check(ImportJob job, ContactImports.Batch batch, Map<Integer, String> targets, Numbered numbered) {
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

	private static long fileSize(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The import's file is gone", ex);
		}
	}
}
