package com.growthhub.integrations.internal.sync;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionCredentials;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.TaskSource;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connections.ConnectionStatus;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.tasks.TaskItemChanged;
import com.growthhub.tasks.TaskItemDeleted;

/**
 * Pushes a board item's change to the provider board that mirrors it: a new item is created there and linked, a
 * renamed or moved one updated, a deleted one archived there. Changes the mirror itself made are not pushed back, and a change already synced (the
 * event delivered again after a crash) is not pushed twice.
 */
@Component
class TaskPush {

	private static final Actor PUSH = new Actor.Job("task-push");

	private final ConnectionRepository connections;
	private final ConnectionCredentials credentials;
	private final ConnectorRegistry connectors;
	private final TenantTransactions transactions;
	private final TaskMirror mirror;
	private final TaskStatusMapping mapping;

	TaskPush(ConnectionRepository connections, ConnectionCredentials credentials, ConnectorRegistry connectors,
			TenantTransactions transactions, TaskMirror mirror, TaskStatusMapping mapping) {
		this.connections = connections;
		this.credentials = credentials;
		this.connectors = connectors;
		this.transactions = transactions;
		this.mirror = mirror;
		this.mapping = mapping;
	}

	@ApplicationModuleListener
	void on(TaskItemChanged event) {
		if (event.actor().startsWith("integration:" + Provider.MONDAY.key())) {
			return;
		}
		Optional<Connection> found = transactions.call(event.organizationId(), PUSH,
				() -> connections.live(event.organizationId(), Provider.MONDAY, false));
		if (found.isEmpty() || found.get().status() == ConnectionStatus.PAUSED
				|| !event.boardId().toString().equals(found.get().settings().get(TaskMirror.TASK_BOARD))) {
			return;
		}
		Connection connection = found.get();
		TaskSource source = (TaskSource) connectors.get(Provider.MONDAY);
		record State(Optional<TaskMirror.Link> link, Map<String, String> labels) {
		}
		State state = transactions.call(event.organizationId(), connection.actor(),
				() -> new State(mirror.byTask(event.organizationId(), connection.id(), event.itemId()),
						mapping.labels(event.organizationId(), connection.id())));
		String label = state.labels().get(event.status());
		if (state.link().isEmpty()) {
			mirror.pendingCreate(event.organizationId(), connection, event.itemId(), event.name());
			String remoteId = credentials.call(connection, creds -> source.create(creds, event.name(), label));
			save(connection, event, remoteId);
			// With the link, in its transaction; a failed create stays pending until its window closes.
			transactions.run(event.organizationId(), connection.actor(),
					() -> mirror.createSettled(event.organizationId(), connection.id(), event.itemId()));
			return;
		}
		TaskMirror.Link link = state.link().get();
		boolean renamed = !link.syncedName().equals(event.name());
		boolean moved = !link.syncedStatus().equals(event.status());
		if (!renamed && !moved) {
			return;
		}
		credentials.call(connection, creds -> {
			source.update(creds, link.remoteId(), renamed ? event.name() : null, moved ? label : null);
			return null;
		});
		save(connection, event, link.remoteId());
	}

	/** A task deleted here is archived on the mirrored board (restorable there), and the pair forgotten. */
	@ApplicationModuleListener
	void on(TaskItemDeleted event) {
		if (event.actor().startsWith("integration:" + Provider.MONDAY.key())) {
			return;
		}
		Optional<Connection> found = transactions.call(event.organizationId(), PUSH,
				() -> connections.live(event.organizationId(), Provider.MONDAY, false));
		if (found.isEmpty() || found.get().status() == ConnectionStatus.PAUSED
				|| !event.boardId().toString().equals(found.get().settings().get(TaskMirror.TASK_BOARD))) {
			return;
		}
		Connection connection = found.get();
		Optional<TaskMirror.Link> link = transactions.call(event.organizationId(), connection.actor(),
				() -> mirror.byTask(event.organizationId(), connection.id(), event.itemId()));
		if (link.isEmpty()) {
			return;
		}
		TaskSource source = (TaskSource) connectors.get(Provider.MONDAY);
		credentials.call(connection, creds -> {
			source.archive(creds, link.get().remoteId());
			return null;
		});
		transactions.run(event.organizationId(), connection.actor(),
				() -> mirror.unlink(event.organizationId(), connection.id(), event.itemId()));
	}

	private void save(Connection connection, TaskItemChanged event, String remoteId) {
		UUID connectionId = connection.id();
		transactions.run(event.organizationId(), connection.actor(), () -> mirror.save(event.organizationId(), connectionId,
				event.itemId(), remoteId, event.name(), event.status()));
	}
}
