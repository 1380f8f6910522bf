package com.growthhub.analytics.internal.retention;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

/**
 * The runs' record. Inserting one is also the audit trail's entry of the run (the table's audit trigger): counts per
 * record type and times, never the content of what was purged.
 */
@Repository
class RetentionRuns {

	private final JdbcClient jdbc;

	RetentionRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(OrganizationId organization, RetentionRun run) {
		jdbc.sql("""
				insert into retention_runs (organization_id, started_at, finished_at, duration_ms, leads, activities, kpi_events)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(organization.value(), Timestamp.from(run.startedAt()), Timestamp.from(run.finishedAt()),
				run.durationMs(), run.leads(), run.activities(), run.kpiEvents()).update();
	}

	Optional<RetentionRun> last(OrganizationId organization) {
		return jdbc.sql("""
				select started_at, finished_at, duration_ms, leads, activities, kpi_events from retention_runs
				where organization_id = ? order by started_at desc limit 1
				""").param(organization.value())
			.query((row, index) -> new RetentionRun(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant(),
					row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6)))
			.optional();
	}
}
