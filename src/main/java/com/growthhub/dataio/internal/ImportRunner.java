package com.growthhub.dataio.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactImports;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Runs one import job. Every row is read, checked and staged, and the staged rows are merged, in ONE
 * transaction that also marks the job completed ({@link ImportTransaction}): a crash or kill at any point
 * leaves nothing applied, and the job system runs the job again from the file (up to {@link #MAX_ATTEMPTS}
 * times). Progress, counted by bytes read, is written and announced from separate short transactions.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
	static final int MAX_ATTEMPTS = 3;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactImports contacts;
	private final ImportTransaction importing;
	private final ImportProgress progress;

	ImportRunner(JdbcClient jdbc, TenantTransactions transactions, ContactImports contacts, ImportTransaction importing,
			ImportProgress progress) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contacts = contacts;
		this.importing = importing;
		this.progress = progress;
	}

	/**
	 * Finishes the prepared halves whose import is over: committed with a completed import, rolled back otherwise.
	 * An import still pending or processing is left to its job, which does the same when it runs again.
	 */
	void finishPreparedHalves() {
		for (UUID id : contacts.preparedHalves()) {
			Optional<ImportStatus> status = transactions.call(TenantScope.system(new Actor.Job("contact-import")), () -> jdbc
				.sql("select status from imports where id = ?").param(id).query(String.class).optional().map(ImportStatus::of));
			if (status.map(ImportStatus::running).orElse(false)) {
				continue;
			}
			contacts.finishPreparedHalf(id, status.equals(Optional.of(ImportStatus.COMPLETED)));
		}
	}

	void run(UUID importId, Path dataDir) {
		ImportJob job = transactions.call(TenantScope.system(new Actor.Job("contact-import")), () -> load(importId, dataDir));
		if (job != null) {
			// A node that died between the two halves of a large import left the second one prepared.
			contacts.finishPreparedHalf(job.id(), job.status() == ImportStatus.COMPLETED);
		}
		if (job == null || !job.status().running()) {
			return;
		}
		TenantScope scope = job.scope();
		if (job.cancelRequested()) {
			finish(scope, job, ImportStatus.CANCELLED, null);
			return;
		}
		if (job.attempts() >= MAX_ATTEMPTS) {
			finish(scope, job, ImportStatus.FAILED, "The import stopped " + MAX_ATTEMPTS
					+ " times before it could finish; nothing was applied.");
			return;
		}
		job.status().checkMoveTo(ImportStatus.PROCESSING);
		transactions.run(scope, () -> jdbc.sql("""
				update imports set status = ?, attempts = attempts + 1, started_at = coalesce(started_at, now()),
				    processed = 0, failed = 0, progress = 0
				where id = ?
				""").params(ImportStatus.PROCESSING.dbValue(), job.id()).update());
		progress.announce(job, ImportStatus.PROCESSING);
		try {
			transactions.run(scope, () -> importing.importAll(job, scope));
			progress.announce(job, ImportStatus.COMPLETED);
			linkCampaigns(scope);
			settle(job);
		}
		catch (ImportProgress.CancelledException ex) {
			finish(scope, job, ImportStatus.CANCELLED, null);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed", job.id(), ex);
			finish(scope, job, ImportStatus.FAILED, reason(ex));
		}
	}

	/** The import is complete either way: the next import, sync or edit links what this leaves unlinked. */
	private void linkCampaigns(TenantScope scope) {
		try {
			if (scope.organizationId() != null) {
				contacts.linkCampaigns(scope.organizationId(), scope.actor());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not link imported contacts to their campaigns", ex);
		}
	}

	/** The import is complete either way: the background merge catches up if this fails. */
	private void settle(ImportJob job) {
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

	/** Ends a job that will not complete; the job read at the start was pending or processing. */
	private void finish(TenantScope scope, ImportJob job, ImportStatus status, @Nullable String reason) {
		job.status().checkMoveTo(status);
		transactions.run(scope, () -> jdbc.sql("""
				update imports set status = ?, failure_reason = ?, finished_at = clock_timestamp() where id = ?
				""").params(status.dbValue(), reason, job.id()).update());
		progress.announce(job, status);
	}

	private @Nullable ImportJob load(UUID id, Path dataDir) {
		return jdbc.sql("select * from imports where id = ?").param(id).query((rs, n) -> ImportJob.of(rs, dataDir)).optional()
			.orElse(null);
	}
}
