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

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An import job as pages and programs see it: status, progress, totals and its first row problems. */
public record ImportView(UUID id, ImportStatus status, String fileName, long fileSize, String dedupePolicy,
		@Nullable UUID listId, int progress, Totals totals, @Nullable String failureReason, Instant createdAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Instant undoneAt, boolean undoable,
		Map<String, String> mapping, List<RowProblem> errors) {

	public static final Duration UNDO_WINDOW = Duration.ofDays(30);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	public record Totals(long total, long processed, long successful, long failed, long created, long updated,
			long skipped) {
	}

	public record RowProblem(long row, String field, String message) {
	}

	public boolean running() {
		return status.running();
	}

	/** Reads a row of {@code imports}. */
	static ImportView of(ResultSet rs, List<RowProblem> errors) throws SQLException {
		ImportStatus status = ImportStatus.of(rs.getString("status"));
		Instant finished = instant(rs, "finished_at");
		Instant undone = instant(rs, "undone_at");
		boolean undoable = status == ImportStatus.COMPLETED && undone == null && finished != null
				&& finished.isAfter(Instant.now().minus(UNDO_WINDOW));
		return new ImportView(rs.getObject("id", UUID.class), status, rs.getString("file_name"), rs.getLong("file_size"),
				rs.getString("dedupe_policy").toLowerCase(Locale.ROOT), rs.getObject("list_id", UUID.class),
				rs.getInt("progress"),
				new Totals(rs.getLong("total"), rs.getLong("processed"), rs.getLong("successful"), rs.getLong("failed"),
						rs.getLong("created"), rs.getLong("updated"), rs.getLong("skipped")),
				rs.getString("failure_reason"), rs.getTimestamp("created_at").toInstant(), instant(rs, "started_at"), finished,
				undone, undoable, JSON.readValue(rs.getString("mapping"), new TypeReference<LinkedHashMap<String, String>>() {
				}), errors);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column) == null ? null : rs.getTimestamp(column).toInstant();
	}
}
