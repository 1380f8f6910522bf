package com.growthhub.integrations.internal.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionStarts;
import com.growthhub.integrations.internal.connections.ConnectionStatus;
import com.growthhub.integrations.internal.connections.Connections;
import com.growthhub.integrations.internal.connections.IntegrationInputException;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Starting runs and reading their history. A run is a row first (the unique index on live runs makes it one per
 * connection, whichever node asks) and then a job-system task, scheduled once the row is committed.
 */
@Service
public class SyncRuns implements ConnectionStarts {

	private final SyncRunRepository runs;
	private final Connections connections;
	private final TenantTransactions transactions;
	private final ObjectProvider<SchedulerClient> scheduler;

	SyncRuns(SyncRunRepository runs, Connections connections, TenantTransactions transactions,
			ObjectProvider<SchedulerClient> scheduler) {
		this.runs = runs;
		this.connections = connections;
		this.transactions = transactions;
		this.scheduler = scheduler;
	}

	/** Starts a run now; 409 while another runs or when the connection is paused. */
	public SyncRun start(OrganizationId organization, Actor actor, Provider provider, SyncMode mode) {
		Connection connection = connections.get(organization, actor, provider);
		if (connection.status() == ConnectionStatus.PAUSED) {
			throw IntegrationInputException.conflict("The connection is paused; resume it to sync.");
		}
		return queue(connection, mode).orElseThrow(() -> IntegrationInputException.conflict("A sync is already running."));
	}

	/** Queues a run unless one is live; an incremental run of a connection never imported imports. */
	java.util.Optional<SyncRun> queue(Connection connection, SyncMode requested) {
		SyncMode mode = connection.imported() ? requested : SyncMode.IMPORT;
		// A minute of overlap: records changed as the last run read are read again (applying is idempotent).
		Instant since = mode == SyncMode.INCREMENTAL && connection.syncedUntil() != null ? connection.syncedUntil().minusSeconds(60) : null;
		UUID id = Ids.next();
		OrganizationId organization = connection.organization();
		return transactions.call(organization, connection.actor(), () -> {
			if (!runs.insert(organization, id, connection.id(), mode, since)) {
				return java.util.Optional.<SyncRun>empty();
			}
			scheduleAfterCommit(organization, id);
			return runs.find(organization, id, false);
		});
	}

	@Override
	public void started(Connection connection) {
		queue(connection, SyncMode.INCREMENTAL);
	}

	/** Newest first, before the cursor's run ({@link PageCursor} of queued time and id). */
	public List<SyncRun> history(OrganizationId organization, Actor actor, Provider provider, @Nullable PageCursor before,
			int limit) {
		Connection connection = connections.get(organization, actor, provider);
		return transactions.call(organization, actor, () -> runs.page(organization, connection.id(),
				before == null ? null : before.instant(), before == null ? null : before.id(), limit));
	}

	/** Every error of a run as CSV, for a spreadsheet: cells that a spreadsheet would run as formulas are neutralized. */
	public String errorsCsv(OrganizationId organization, Actor actor, Provider provider, UUID runId) {
		get(organization, actor, provider, runId);
		StringBuilder csv = new StringBuilder("kind,external_id,contact_id,field,message,occurred_at\n");
		transactions.run(organization, actor, () -> {
			UUID after = null;
			while (true) {
				List<RunError> page = runs.errors(organization, runId, after, 1000);
				for (RunError error : page) {
					csv.append(String.join(",", cell(error.kind().name().toLowerCase(java.util.Locale.ROOT)),
							cell(error.externalId()), cell(error.contactId() == null ? null : error.contactId().toString()),
							cell(error.field()), cell(error.message()), cell(error.occurredAt().toString()))).append('\n');
				}
				if (page.size() < 1000) {
					return;
				}
				after = page.getLast().id();
			}
		});
		return csv.toString();
	}

	private static String cell(@Nullable String value) {
		String safe = SpreadsheetSafeCsv.neutralize(value);
		return "\"" + (safe == null ? "" : safe.replace("\"", "\"\"")) + "\"";
	}

	public SyncRun get(OrganizationId organization, Actor actor, Provider provider, UUID runId) {
		Connection connection = connections.get(organization, actor, provider);
		return transactions.call(organization, actor, () -> runs.find(organization, runId, false)
			.filter(run -> run.connectionId().equals(connection.id()))
			.orElseThrow(() -> NotFoundException.of("Sync run")));
	}

	public List<RunError> errors(OrganizationId organization, Actor actor, Provider provider, UUID runId,
			@Nullable UUID after, int limit) {
		get(organization, actor, provider, runId);
		return transactions.call(organization, actor, () -> runs.errors(organization, runId, after, limit));
	}

	void scheduleAfterCommit(OrganizationId organization, UUID runId) {
		Runnable schedule = () -> scheduler.getObject()
			.scheduleIfNotExists(SyncTask.TASK.instance(organization.value() + "/" + runId)
				.data(organization.value() + "/" + runId)
				.scheduledTo(Instant.now()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					schedule.run();
				}
			});
		}
		else {
			schedule.run();
		}
	}
}
