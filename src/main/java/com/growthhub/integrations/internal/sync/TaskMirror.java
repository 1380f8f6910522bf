package com.growthhub.integrations.internal.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.TaskSource;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;
import com.growthhub.tasks.ExternalTasks;

/**
 * Keeps a task board and its mirror at a provider alike. Each linked pair remembers the name and status last synced
 * either way: a change is pushed only when the item differs from that, and what is read from the provider is recorded
 * as synced before it is applied, so neither side's change comes back as an echo.
 */
@Component
class TaskMirror {

	static final String TASK_BOARD = "taskBoardId";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ExternalTasks tasks;
	private final TaskStatusMapping mapping;

	TaskMirror(JdbcClient jdbc, TenantTransactions transactions, ExternalTasks tasks, TaskStatusMapping mapping) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.tasks = tasks;
		this.mapping = mapping;
	}

	record Link(UUID taskItemId, String remoteId, String syncedName, String syncedStatus) {
	}

	/** The task board the connection mirrors; a board that is gone (or another organization's) stops the run. */
	UUID board(Connection connection) {
		String value = connection.settings().get(TASK_BOARD);
		try {
			UUID board = UUID.fromString(value == null ? "" : value.strip());
			if (tasks.boardExists(connection.organization(), board)) {
				return board;
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		throw new ProviderFailureException("The task board this Monday.com connection mirrors no longer exists; reconnect it");
	}

	/** One page read from the provider, applied item by item; answers what it did. */
	PageCounts apply(Connection connection, TaskSource.TaskPage page) {
		UUID board = board(connection);
		OrganizationId organization = connection.organization();
		int created = 0;
		int updated = 0;
		int skipped = 0;
		int read = 0;
		for (TaskSource.RemoteTask remote : page.items()) {
			List<Received> outcomes = new ArrayList<>();
			outcomes.add(receive(connection, board, remote.id(), remote.name(), remote.statusLabel(), true, null));
			remote.subitems().forEach(sub -> outcomes.add(receive(connection, board, sub.id(), sub.name(), sub.statusLabel(),
					true, remote.id())));
			read += outcomes.size();
			for (Received outcome : outcomes) {
				switch (outcome) {
					case CREATED -> created++;
					case UPDATED -> updated++;
					case UNCHANGED -> skipped++;
				}
			}
		}
		return new PageCounts(read, created, updated, skipped, 0, 0, 0);
	}

	enum Received {
		CREATED, UPDATED, UNCHANGED
	}

	/**
	 * An item as the provider has it: created here when unknown (and {@code createUnknown}), else changed to match.
	 * A null name or label leaves that part as it is here. A subitem names its parent's remote id: it is created under
	 * the task item linked to that, and not at all while the parent is unknown here.
	 */
	Received receive(Connection connection, UUID board, String remoteId, @Nullable String name, @Nullable String label,
			boolean createUnknown, @Nullable String parentRemoteId) {
		OrganizationId organization = connection.organization();
		return transactions.call(organization, connection.actor(), () -> {
			Map<String, String> labels = mapping.labels(organization, connection.id());
			String status = TaskStatusMapping.statusOf(labels, label);
			Optional<Link> link = byRemote(organization, connection.id(), remoteId);
			Optional<ExternalTasks.Item> item = link.flatMap(found -> tasks.find(organization, found.taskItemId()));
			if (item.isEmpty()) {
				if (!createUnknown || name == null || (link.isEmpty() && pendingCreate(organization, connection.id(), name))) {
					return Received.UNCHANGED;
				}
				Optional<UUID> parent = parentRemoteId == null ? Optional.empty()
						: byRemote(organization, connection.id(), parentRemoteId).map(Link::taskItemId)
							.filter(id -> tasks.find(organization, id).isPresent());
				if (parentRemoteId != null && parent.isEmpty()) {
					return Received.UNCHANGED;
				}
				ExternalTasks.Item made = parent.isPresent()
						? tasks.createSubitem(organization, connection.actor(), parent.get(), name, status == null ? "backlog" : status)
						: tasks.create(organization, connection.actor(), board, name, status == null ? "backlog" : status);
				link.ifPresent(stale -> unlink(organization, connection.id(), stale.taskItemId()));
				save(organization, connection.id(), made.id(), remoteId, made.name(), made.status());
				return Received.CREATED;
			}
			ExternalTasks.Item current = item.get();
			String newName = name == null ? current.name() : name;
			String newStatus = status == null ? current.status() : status;
			save(organization, connection.id(), current.id(), remoteId, newName, newStatus);
			return tasks.apply(organization, connection.actor(), current.id(), newName, newStatus) ? Received.UPDATED
					: Received.UNCHANGED;
		});
	}

	/** The provider deleted or archived an item: its task item is archived here and the pair forgotten. */
	boolean remove(Connection connection, String remoteId) {
		OrganizationId organization = connection.organization();
		return transactions.call(organization, connection.actor(), () -> {
			Optional<Link> link = byRemote(organization, connection.id(), remoteId);
			if (link.isEmpty()) {
				return false;
			}
			unlink(organization, connection.id(), link.get().taskItemId());
			return tasks.archive(organization, connection.actor(), link.get().taskItemId());
		});
	}

	/**
	 * Committed before the create mutation is sent, so that a webhook for the new remote item arriving before its id is
	 * linked finds that it is ours on its way (by the connection and the name) and creates nothing.
	 */
	void pendingCreate(OrganizationId organization, Connection connection, UUID taskItemId, String name) {
		// Its own transaction: the push runs inside its event listener's, which commits only after the mutation.
		transactions.runInNewTransaction(TenantScope.acting(organization, connection.actor()), () -> jdbc.sql("""
				insert into monday_pending_creates (organization_id, connection_id, task_item_id, name) values (?, ?, ?, ?)
				on conflict (connection_id, task_item_id) do update set name = excluded.name, created_at = now()
				""").params(organization.value(), connection.id(), taskItemId, name).update());
	}

	/** Inside a transaction of the organization: the create is linked (or failed), nothing is on its way any more. */
	void createSettled(OrganizationId organization, UUID connectionId, UUID taskItemId) {
		jdbc.sql("delete from monday_pending_creates where organization_id = ? and connection_id = ? and task_item_id = ?")
			.params(organization.value(), connectionId, taskItemId).update();
	}

	/** A create crashed between its mutation and its link is not waited for longer than a full read would take. */
	private boolean pendingCreate(OrganizationId organization, UUID connectionId, String name) {
		return jdbc.sql("""
				select true from monday_pending_creates where organization_id = ? and connection_id = ? and name = ?
				and created_at > now() - interval '10 minutes' limit 1
				""").params(organization.value(), connectionId, name).query(Boolean.class).optional().isPresent();
	}

	/** Inside a transaction of the organization. */
	Optional<Link> byTask(OrganizationId organization, UUID connectionId, UUID taskItemId) {
		return jdbc.sql("""
				select task_item_id, monday_item_id as remote_id, synced_name, synced_status from monday_item_links
				where organization_id = ? and connection_id = ? and task_item_id = ?
				""").params(organization.value(), connectionId, taskItemId).query(Link.class).optional();
	}

	private Optional<Link> byRemote(OrganizationId organization, UUID connectionId, String remoteId) {
		return jdbc.sql("""
				select task_item_id, monday_item_id as remote_id, synced_name, synced_status from monday_item_links
				where organization_id = ? and connection_id = ? and monday_item_id = ?
				""").params(organization.value(), connectionId, remoteId).query(Link.class).optional();
	}

	/** Inside a transaction of the organization: the pair and the state both sides now share. */
	void save(OrganizationId organization, UUID connectionId, UUID taskItemId, String remoteId, String name, String status) {
		jdbc.sql("""
				insert into monday_item_links (organization_id, connection_id, task_item_id, monday_item_id, synced_name, synced_status)
				values (?, ?, ?, ?, ?, ?)
				on conflict (connection_id, task_item_id) do update set monday_item_id = excluded.monday_item_id,
				  synced_name = excluded.synced_name, synced_status = excluded.synced_status, updated_at = now()
				""").params(organization.value(), connectionId, taskItemId, remoteId, name, status).update();
	}

	void unlink(OrganizationId organization, UUID connectionId, UUID taskItemId) {
		jdbc.sql("delete from monday_item_links where organization_id = ? and connection_id = ? and task_item_id = ?")
			.params(organization.value(), connectionId, taskItemId).update();
	}
}
