package com.growthhub.dataio.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * A running import's progress and status, written and announced from their own short transactions while the
 * import's transaction is still open, and the cancel request that the import checks between rows.
 */
@Component
class ImportProgress {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final LiveUpdates live;

	ImportProgress(JdbcClient jdbc, TenantTransactions transactions, LiveUpdates live) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.live = live;
	}

	/** Thrown between rows when a person asked to cancel: the whole transaction rolls back. */
	static final class CancelledException extends RuntimeException {
	}

	/** Records and announces the progress; throws {@link CancelledException} when a person asked to cancel. */
	void report(ImportJob job, TenantScope scope, long processed, long failed, int percent) {
		// Its own transaction, on another connection: the import's connection is busy with its COPY, and the
		// progress must be visible before the import commits.
		transactions.runInNewTransaction(scope, () -> {
			jdbc.sql("select set_config('app.import_progress', 'on', true)").query().singleRow();
			jdbc.sql("update imports set processed = ?, failed = ?, progress = ? where id = ?")
				.params(processed, failed, percent, job.id()).update();
			live.publish("import:" + job.id(), "progress", "{\"status\":\"" + ImportStatus.PROCESSING.dbValue()
					+ "\",\"progress\":" + percent + ",\"processed\":" + processed + ",\"failed\":" + failed + "}");
		});
		stopIfCancelled(job);
	}

	void stopIfCancelled(ImportJob job) {
		boolean requested = transactions.callInNewTransaction(TenantScope.system(new Actor.Job("contact-import")), () -> jdbc
			.sql("select cancel_requested from imports where id = ?").param(job.id()).query(Boolean.class).single());
		if (requested) {
			throw new CancelledException();
		}
	}

	void announce(ImportJob job, ImportStatus status) {
		live.publish("import:" + job.id(), "status", "{\"status\":\"" + status.dbValue() + "\"}");
	}
}
