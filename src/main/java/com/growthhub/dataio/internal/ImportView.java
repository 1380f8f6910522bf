package com.growthhub.dataio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactImports.BadValues;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An import job as pages and programs see it: status, progress, totals and its first row problems. */
public record ImportView(UUID id, ImportStatus status, String fileName, long fileSize, String dedupePolicy,
		BadValues badValues, boolean fillEmptyOnly, @Nullable UUID listId, int progress, Totals totals,
		@Nullable String failureReason, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
		@Nullable Instant undoneAt, boolean undoable, Map<String, String> mapping, List<SkippedColumn> skippedColumns,
		List<RowProblem> errors) {

	public static final Duration UNDO_WINDOW = Duration.ofDays(30);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Rows: {@code skipped} were left out by the dedupe policy; {@code fieldsSkipped} counts the custom field values
	 * left out of rows that were imported without them.
	 */
	public record Totals(long total, long processed, long successful, long failed, long created, long updated,
			long skipped, long fieldsSkipped) {
	}

	/** A column of the file that was not imported, and why. */
	public record SkippedColumn(String column, String reason) {
	}

	public record RowProblem(long row, String field, String message) {
	}

	public boolean running() {
		return status.running();
	}

	/**
	 * This completed job as it shows while the second half of its rows (a large import writes through two sessions)
	 * is still being committed, just after the first: still processing, not yet undoable, so nobody reads a
	 * completed import with half its contacts.
	 */
	ImportView committingSecondHalf() {
		return new ImportView(id, ImportStatus.PROCESSING, fileName, fileSize, dedupePolicy, badValues, fillEmptyOnly, listId,
				99, totals, failureReason, createdAt, startedAt, null, undoneAt, false, mapping, skippedColumns, errors);
	}

	/** Reads a row of {@code imports}. */
	static ImportView of(ResultSet rs, List<RowProblem> errors) throws SQLException {
		ImportStatus status = ImportStatus.of(rs.getString("status"));
		Instant finished = instant(rs, "finished_at");
		Instant undone = instant(rs, "undone_at");
		boolean undoable = status == ImportStatus.COMPLETED && undone == null && finished != null
				&& finished.isAfter(Instant.now().minus(UNDO_WINDOW));
		return new ImportView(rs.getObject("id", UUID.class), status, rs.getString("file_name"), rs.getLong("file_size"),
				rs.getString("dedupe_policy").toLowerCase(Locale.ROOT), BadValues.valueOf(rs.getString("bad_values")),
				rs.getBoolean("fill_empty_only"), rs.getObject("list_id", UUID.class),
				rs.getInt("progress"),
				new Totals(rs.getLong("total"), rs.getLong("processed"), rs.getLong("successful"), rs.getLong("failed"),
						rs.getLong("created"), rs.getLong("updated"), rs.getLong("skipped"), rs.getLong("fields_skipped")),
				rs.getString("failure_reason"), rs.getTimestamp("created_at").toInstant(), instant(rs, "started_at"), finished,
				undone, undoable, JSON.readValue(rs.getString("mapping"), new TypeReference<LinkedHashMap<String, String>>() {
				}), JSON.readValue(rs.getString("skipped_columns"), new TypeReference<List<SkippedColumn>>() {
				}), errors);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column) == null ? null : rs.getTimestamp(column).toInstant();
	}
}
