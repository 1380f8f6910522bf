package com.growthhub.integrations.internal.connectors;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A provider of task board items (Monday.com), implemented beside {@link Connector} by the same bean: the sync engine
 * reads items instead of contacts from it into the task board the connection names, and pushes the board's changes
 * back. Status travels as the provider's label; the connection's status mapping translates. Same exceptions as
 * {@link Connector}.
 */
public interface TaskSource {

	/**
	 * One page of the remote board's items, each with its subitems, from {@code cursor} (null for the first); the next
	 * cursor is null at the end.
	 */
	TaskPage items(ProviderCredentials credentials, @Nullable String cursor, int pageSize);

	/** Creates an item on the remote board; answers its id. */
	String create(ProviderCredentials credentials, String name, @Nullable String statusLabel);

	/** Renames an item and/or sets its status label; a null argument leaves that part as it is. */
	void update(ProviderCredentials credentials, String itemId, @Nullable String name, @Nullable String statusLabel);

	/** Archives an item on the remote board (the provider keeps it restorable); an item already gone is no failure. */
	void archive(ProviderCredentials credentials, String itemId);

	/** @param subitems the item's subitems (none of their own), in the provider's order */
	record RemoteTask(String id, String name, @Nullable String statusLabel, List<RemoteTask> subitems) {

		public RemoteTask {
			subitems = List.copyOf(subitems);
		}

		public RemoteTask(String id, String name, @Nullable String statusLabel) {
			this(id, name, statusLabel, List.of());
		}
	}

	record TaskPage(List<RemoteTask> items, @Nullable String nextCursor) {

		public TaskPage {
			items = List.copyOf(items);
		}
	}
}
