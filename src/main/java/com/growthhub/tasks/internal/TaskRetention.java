package com.growthhub.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Done items leave the board {@code archiveAfter} after they were done (seed: 30 days), and archived items are deleted
 * for good {@code purgeAfter} later, with their attachments' files. Runs for every organization at once (system scope);
 * the clock is a parameter so that tests can run it a month ahead.
 */
@Service
public class TaskRetention {

	private static final Logger log = LoggerFactory.getLogger(TaskRetention.class);
	private static final Actor JOB = new Actor.Job("task-retention");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final StoredFiles files;
	private final TaskSettings settings;

	TaskRetention(JdbcClient jdbc, TenantTransactions transactions, StoredFiles files, TaskSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.files = files;
		this.settings = settings;
	}

	public record Outcome(int archived, int purged) {
	}

	private record PurgedFile(UUID organizationId, UUID fileId) {
	}

	public Outcome run(Clock clock) {
		Instant now = clock.instant();
		java.sql.Timestamp archiveBefore = java.sql.Timestamp.from(now.minus(settings.archiveAfter()));
		java.sql.Timestamp purgeBefore = java.sql.Timestamp.from(now.minus(settings.purgeAfter()));
		record Result(int archived, int purged, List<PurgedFile> files) {
		}
		Result result = transactions.call(TenantScope.system(JOB), () -> {
			int archived = jdbc.sql("""
					update task_items set archived_at = ?, updated_at = now()
					where status = 'DONE' and archived_at is null and done_at < ?
					""").params(java.sql.Timestamp.from(now), archiveBefore).update();
			List<PurgedFile> purgedFiles = jdbc.sql("""
					select a.organization_id, a.file_id from task_attachments a join task_items i on i.id = a.item_id
					where i.archived_at < ?
					   or i.parent_id in (select id from task_items where archived_at < ?)
					""").params(purgeBefore, purgeBefore).query(PurgedFile.class).list();
			int purged = jdbc.sql("delete from task_items where archived_at < ?").params(purgeBefore).update();
			return new Result(archived, purged, purgedFiles);
		});
		// The file store's rows belong to each organization: remove them in that organization's own transactions.
		Map<UUID, List<PurgedFile>> byOrganization = result.files().stream()
			.collect(Collectors.groupingBy(PurgedFile::organizationId));
		byOrganization.forEach((organization, purged) -> transactions.run(OrganizationId.of(organization), JOB,
				() -> purged.forEach(file -> files.delete(OrganizationId.of(organization), FileId.of(file.fileId())))));
		if (result.archived() > 0 || result.purged() > 0) {
			log.info("Task retention archived {} done items and purged {} archived ones", result.archived(), result.purged());
		}
		return new Outcome(result.archived(), result.purged());
	}
}
