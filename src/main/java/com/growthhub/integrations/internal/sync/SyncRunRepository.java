package com.growthhub.integrations.internal.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** Runs and their errors; callers open the organization's transaction. */
@Repository
class SyncRunRepository {

	private final JdbcClient jdbc;

	SyncRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Answers false when the connection has a live run already. */
	boolean insert(OrganizationId organization, UUID id, UUID connectionId, SyncMode mode, @Nullable Instant since) {
		return jdbc.sql("""
				insert into integration_sync_runs (id, organization_id, connection_id, mode, status, since)
				values (?, ?, ?, ?, 'QUEUED', ?)
				on conflict (connection_id) where status in ('QUEUED', 'RUNNING') do nothing
				""").params(id, organization.value(), connectionId, mode.name(), ts(since)).update() == 1;
	}

	Optional<SyncRun> find(OrganizationId organization, UUID id, boolean lock) {
		return jdbc.sql("select * from integration_sync_runs where organization_id = ? and id = ?" + (lock ? " for update" : ""))
			.params(organization.value(), id)
			.query(SyncRunRepository::run)
			.optional();
	}

	Optional<SyncRun> live(OrganizationId organization, UUID connectionId) {
		return jdbc.sql("select * from integration_sync_runs where organization_id = ? and connection_id = ? and status in ('QUEUED', 'RUNNING')")
			.params(organization.value(), connectionId)
			.query(SyncRunRepository::run)
			.optional();
	}

	List<SyncRun> page(OrganizationId organization, UUID connectionId, @Nullable Instant beforeTime, @Nullable UUID beforeId,
			int limit) {
		return jdbc.sql("""
				select * from integration_sync_runs where organization_id = ? and connection_id = ?
				  and (?::timestamptz is null or (queued_at, id) < (?::timestamptz, ?::uuid))
				order by queued_at desc, id desc limit ?
				""").params(organization.value(), connectionId, ts(beforeTime), ts(beforeTime), beforeId, limit)
			.query(SyncRunRepository::run)
			.list();
	}

	void started(UUID id) {
		jdbc.sql("update integration_sync_runs set status = 'RUNNING', started_at = coalesce(started_at, now()) where id = ?")
			.param(id).update();
	}

	/** The checkpoint after a page, with its counts, in the page's transaction. */
	void checkpoint(UUID id, @Nullable String cursor, PageCounts counts, @Nullable Instant highWater) {
		jdbc.sql("""
				update integration_sync_runs set cursor = ?, read_done = read_done or ?::text is null, records_read = records_read + ?, created = created + ?,
				  updated = updated + ?, skipped = skipped + ?, failed = failed + ?, conflicts = conflicts + ?,
				  pushed = pushed + ?, high_water = greatest(high_water, ?)
				where id = ?
				""").params(cursor, cursor, counts.read(), counts.created(), counts.updated(), counts.skipped(), counts.failed(),
				counts.conflicts(), counts.pushed(), ts(highWater), id).update();
	}

	/** What a push batch did; the read checkpoint stays. */
	void pushed(UUID id, PageCounts counts) {
		jdbc.sql("""
				update integration_sync_runs set skipped = skipped + ?, failed = failed + ?, pushed = pushed + ? where id = ?
				""").params(counts.skipped(), counts.failed(), counts.pushed(), id).update();
	}

	/** What a batch of deletions pushed to the provider did. */
	void deleted(UUID id, int deleted, int failed) {
		jdbc.sql("update integration_sync_runs set deleted = deleted + ?, failed = failed + ? where id = ?")
			.params(deleted, failed, id).update();
	}

	void finished(UUID id, RunStatus status, @Nullable String error) {
		jdbc.sql("update integration_sync_runs set status = ?, error = ?, finished_at = now() where id = ?")
			.params(status.name(), error, id).update();
	}

	void error(OrganizationId organization, UUID runId, RunError.Kind kind, @Nullable String externalId,
			@Nullable UUID contactId, @Nullable String field, String message) {
		jdbc.sql("""
				insert into integration_run_errors (id, organization_id, run_id, kind, external_id, contact_id, field, message)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(Ids.next(), organization.value(), runId, kind.name(), externalId, contactId, field, message).update();
	}

	List<RunError> errors(OrganizationId organization, UUID runId, @Nullable UUID after, int limit) {
		return jdbc.sql("""
				select * from integration_run_errors where organization_id = ? and run_id = ?
				  and (?::uuid is null or id > ?::uuid) order by id limit ?
				""").params(organization.value(), runId, after, after, limit)
			.query((rs, n) -> new RunError(rs.getObject("id", UUID.class), RunError.Kind.valueOf(rs.getString("kind")),
					rs.getString("external_id"), rs.getObject("contact_id", UUID.class), rs.getString("field"),
					rs.getString("message"), rs.getTimestamp("occurred_at").toInstant()))
			.list();
	}

	static SyncRun run(ResultSet rs, int row) throws SQLException {
		return new SyncRun(rs.getObject("id", UUID.class), rs.getObject("connection_id", UUID.class),
				SyncMode.valueOf(rs.getString("mode")), RunStatus.valueOf(rs.getString("status")), rs.getString("cursor"), rs.getBoolean("read_done"),
				instant(rs, "since"), instant(rs, "high_water"), rs.getInt("records_read"), rs.getInt("created"),
				rs.getInt("updated"), rs.getInt("skipped"), rs.getInt("failed"), rs.getInt("pushed"), rs.getInt("conflicts"),
				rs.getString("error"), instant(rs, "queued_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
				rs.getInt("deleted"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
