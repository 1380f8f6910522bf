package com.growthhub.integrations.internal.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionCredentials;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.ConnectionStatus;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connections.FieldMapping;
import com.growthhub.integrations.internal.connections.IntegrationSettings;
import com.growthhub.calls.IncomingCall;
import com.growthhub.integrations.internal.connectors.CallSource;
import com.growthhub.integrations.internal.connectors.TaskSource;
import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.ReviewSource;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Does one run: pushes deletions first when the connection opted in to that, reads pages from the run's checkpoint,
 * applies each with its new checkpoint in one transaction (so a run that dies resumes exactly after its last applied
 * page when the job system runs its task again), then pushes local changes when the connection syncs both ways. Calls
 * to the provider happen outside any transaction.
 */
@Component
class SyncRunner {

	private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

	private static final Actor RUNNER = new Actor.Job("integration-sync");

	private final TaskMirror taskMirror;
	private final SyncRunRepository runs;
	private final ConnectionRepository connections;
	private final ConnectionCredentials credentials;
	private final ConnectorRegistry connectors;
	private final InboundPage inbound;
	private final InboundCalls inboundCalls;
	private final InboundReviews inboundReviews;
	private final OutboundPush outbound;
	private final OutboundDeletions deletions;
	private final SyncCircuit circuit;
	private final IntegrationSettings settings;
	private final TenantTransactions transactions;
	private final ObjectProvider<SchedulerClient> scheduler;

	SyncRunner(SyncRunRepository runs, ConnectionRepository connections, ConnectionCredentials credentials,
			ConnectorRegistry connectors, InboundPage inbound, InboundCalls inboundCalls, InboundReviews inboundReviews, OutboundPush outbound, OutboundDeletions deletions,
			SyncCircuit circuit, IntegrationSettings settings, TenantTransactions transactions,
			ObjectProvider<SchedulerClient> scheduler, TaskMirror taskMirror) {
		this.taskMirror = taskMirror;
		this.runs = runs;
		this.connections = connections;
		this.credentials = credentials;
		this.connectors = connectors;
		this.inbound = inbound;
		this.inboundCalls = inboundCalls;
		this.inboundReviews = inboundReviews;
		this.outbound = outbound;
		this.deletions = deletions;
		this.circuit = circuit;
		this.settings = settings;
		this.transactions = transactions;
		this.scheduler = scheduler;
	}

	void run(OrganizationId organization, UUID runId) {
		Optional<SyncRun> found = transactions.call(organization, RUNNER, () -> runs.find(organization, runId, false));
		if (found.isEmpty() || !found.get().status().live()) {
			return;
		}
		SyncRun run = found.get();
		Connection connection = connection(organization, run.connectionId());
		if (connection.status() == ConnectionStatus.PAUSED || connection.status() == ConnectionStatus.DISCONNECTED) {
			transactions.run(organization, RUNNER, () -> runs.finished(runId, RunStatus.FAILED,
					"The connection was " + connection.status().name().toLowerCase(java.util.Locale.ROOT) + " before the run could finish."));
			return;
		}
		transactions.run(organization, RUNNER, () -> runs.started(runId));
		try {
			if (connection.pushesDeletions()) {
				// Before the read: a record deleted there is not read back, and created here anew, by this very run.
				deletions.push(connection, runId);
			}
			if (!run.readDone()) {
				if (connectors.get(connection.provider()) instanceof CallSource source) {
					readCalls(organization, run, source);
				}
				else if (connectors.get(connection.provider()) instanceof ReviewSource source) {
					readReviews(organization, run, source);
				}
				else if (connectors.get(connection.provider()) instanceof TaskSource source) {
					readTasks(organization, run, source);
				}
				else {
					read(organization, run);
				}
			}
			Connection current = connection(organization, run.connectionId());
			// A task mirror pushes each change as it happens (TaskPush), not in runs.
			if (current.pushes() && !(connectors.get(current.provider()) instanceof TaskSource)) {
				outbound.push(current, runId);
			}
			transactions.run(organization, current.actor(), () -> {
				SyncRun done = runs.find(organization, runId, true).orElseThrow();
				runs.finished(runId, RunStatus.SUCCEEDED, null);
				connections.synced(current.id(), done.mode() == SyncMode.IMPORT, done.highWater());
			});
		}
		catch (ProviderRateLimitedException ex) {
			// The provider asked to wait: the run keeps its checkpoint and carries on then, on whichever node.
			Instant later = Instant.now().plus(ex.retryAfter());
			if (connectors.get(connection.provider()) instanceof CallSource) {
				// Call runs show their waits among the run's warnings, so a slow sync explains itself.
				transactions.run(organization, RUNNER, () -> runs.error(organization, runId, RunError.Kind.WARNING, null,
						null, null, "The provider asked to wait " + ex.retryAfter().toSeconds() + " s (429); the run carries on then."));
			}
			scheduler.getObject().scheduleIfNotExists(SyncTask.TASK.instance(organization.value() + "/" + runId + "/" + later.toEpochMilli())
				.data(organization.value() + "/" + runId)
				.scheduledTo(later));
		}
		catch (RuntimeException ex) {
			String error = ex instanceof ProviderFailureException ? ex.getMessage()
					: "The sync stopped on an unexpected error; the next run will try again.";
			if (!(ex instanceof ProviderFailureException)) {
				log.warn("Sync run {} failed", runId, ex);
			}
			transactions.run(organization, connection.actor(), () -> {
				runs.finished(runId, RunStatus.FAILED, error);
				circuit.failed(connection(organization, run.connectionId()), error);
			});
		}
	}

	private void read(OrganizationId organization, SyncRun run) {
		String cursor = run.cursor();
		while (true) {
			Connection connection = connection(organization, run.connectionId());
			Connector connector = connectors.get(connection.provider());
			List<String> fields = connection.mapping().stream()
				.filter(field -> field.direction().imports())
				.map(FieldMapping::remote)
				.toList();
			ReadRequest request = new ReadRequest(cursor, run.since(), fields, settings.pageSize());
			RecordPage page = credentials.call(connection, creds -> connector.read(creds, request));
			Instant highWater = page.records().stream().map(ExternalRecord::modifiedAt).max(Instant::compareTo).orElse(null);
			transactions.run(organization, connection.actor(), () -> {
				PageCounts counts = inbound.apply(connection, run.id(), page.records());
				runs.checkpoint(run.id(), page.nextCursor(), counts, highWater);
			});
			cursor = page.nextCursor();
			if (cursor == null) {
				return;
			}
		}
	}

	/** Like {@link #read}, for a source of calls: each page is reported to the calls module, then checkpointed. */
	private void readCalls(OrganizationId organization, SyncRun run, CallSource source) {
		String cursor = run.cursor();
		while (true) {
			Connection connection = connection(organization, run.connectionId());
			CallSource.CallRequest request = new CallSource.CallRequest(cursor, run.since(), settings.pageSize());
			CallSource.CallPage page = credentials.call(connection, creds -> source.calls(creds, request));
			Instant highWater = page.calls().stream().map(IncomingCall::startedAt).max(Instant::compareTo).orElse(null);
			// The page in one transaction of the call log (which classifies before it); the checkpoint after it.
			// A run resumed after a crash reads the page again, which the idempotent call log shrugs off.
			PageCounts counts = inboundCalls.apply(connection, run.id(), page.calls());
			transactions.run(organization, connection.actor(), () -> runs.checkpoint(run.id(), page.nextCursor(), counts, highWater));
			cursor = page.nextCursor();
			if (cursor == null) {
				return;
			}
		}
	}

	/** Like {@link #readCalls}, for a source of reviews, reported to the reviews module. */
	private void readReviews(OrganizationId organization, SyncRun run, ReviewSource source) {
		String cursor = run.cursor();
		while (true) {
			Connection connection = connection(organization, run.connectionId());
			ReviewSource.ReviewRequest request = new ReviewSource.ReviewRequest(cursor, settings.pageSize());
			ReviewSource.ReviewPage page = credentials.call(connection, creds -> source.reviews(creds, request));
			Instant highWater = page.reviews().stream()
				.map(review -> review.editedAt() != null ? review.editedAt() : review.writtenAt())
				.max(Instant::compareTo).orElse(null);
			PageCounts counts = inboundReviews.apply(connection, page.reviews());
			transactions.run(organization, connection.actor(), () -> runs.checkpoint(run.id(), page.nextCursor(), counts, highWater));
			cursor = page.nextCursor();
			if (cursor == null) {
				return;
			}
		}
	}

	/** Like {@link #read}, for a mirrored task board: each page applied to the board, then checkpointed. */
	private void readTasks(OrganizationId organization, SyncRun run, TaskSource source) {
		String cursor = run.cursor();
		while (true) {
			Connection connection = connection(organization, run.connectionId());
			String from = cursor;
			TaskSource.TaskPage page = credentials.call(connection, creds -> source.items(creds, from, settings.pageSize()));
			PageCounts counts = taskMirror.apply(connection, page);
			transactions.run(organization, connection.actor(), () -> runs.checkpoint(run.id(), page.nextCursor(), counts, null));
			cursor = page.nextCursor();
			if (cursor == null) {
				return;
			}
		}
	}

	private Connection connection(OrganizationId organization, UUID id) {
		return transactions.call(organization, RUNNER, () -> connections.find(organization, id).orElseThrow());
	}
}
