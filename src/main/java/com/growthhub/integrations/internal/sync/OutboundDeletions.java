package com.growthhub.integrations.internal.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactSync;
import com.growthhub.contacts.ContactSync.TrashedContact;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionCredentials;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Deletes at the provider the contacts trashed here since the connection's deletion checkpoint, for a connection that
 * opted in. Only contacts this connection is linked to count: a contact it never synced has nothing there to delete,
 * and one a deletion at the provider trashed lost its link then, so nothing is deleted twice. A deleted record's link
 * and the contact's id on the platform are forgotten, so a contact restored from the trash is pushed again as new.
 * A refused deletion is a run error, like a refused push, and is not tried again.
 */
@Component
class OutboundDeletions {

	static final int BATCH = 100;

	private final ContactSync contacts;
	private final SyncLinks links;
	private final SyncRunRepository runs;
	private final ConnectionRepository connections;
	private final ConnectionCredentials credentials;
	private final ConnectorRegistry connectors;
	private final TenantTransactions transactions;

	OutboundDeletions(ContactSync contacts, SyncLinks links, SyncRunRepository runs, ConnectionRepository connections,
			ConnectionCredentials credentials, ConnectorRegistry connectors, TenantTransactions transactions) {
		this.contacts = contacts;
		this.links = links;
		this.runs = runs;
		this.connections = connections;
		this.credentials = credentials;
		this.connectors = connectors;
		this.transactions = transactions;
	}

	void push(Connection connection, UUID runId) {
		// Set when the option was turned on; a connection from before the column existed starts now.
		Instant since = connection.deletionsPushedUntil() == null ? Instant.now() : connection.deletionsPushedUntil();
		UUID after = null;
		while (true) {
			List<TrashedContact> trashed = contacts.trashedSince(connection.organization(), connection.platform(), since,
					after, BATCH);
			if (trashed.isEmpty()) {
				return;
			}
			deleteBatch(connection, runId, trashed);
			TrashedContact last = trashed.getLast();
			since = last.trashedAt();
			after = last.contactId();
			if (trashed.size() < BATCH) {
				return;
			}
		}
	}

	private void deleteBatch(Connection connection, UUID runId, List<TrashedContact> trashed) {
		Map<UUID, SyncLinks.Link> linked = transactions.call(connection.organization(), connection.actor(),
				() -> links.of(connection.id(), trashed.stream().map(TrashedContact::contactId).toList()));
		Map<String, UUID> contactByExternalId = new HashMap<>();
		linked.values().forEach(link -> contactByExternalId.put(link.externalId(), link.contactId()));
		List<String> externalIds = List.copyOf(contactByExternalId.keySet());
		List<DeleteResult> results = externalIds.isEmpty() ? List.of()
				: credentials.call(connection, creds -> connectors.get(connection.provider()).delete(creds, externalIds));
		Instant until = trashed.getLast().trashedAt();
		transactions.run(connection.organization(), connection.actor(), () -> {
			List<String> deleted = new ArrayList<>();
			Map<UUID, String> unlinked = new HashMap<>();
			int failed = 0;
			for (DeleteResult result : results) {
				UUID contactId = contactByExternalId.get(result.externalId());
				if (!result.succeeded()) {
					failed++;
					runs.error(connection.organization(), runId, RunError.Kind.ERROR, result.externalId(), contactId, null,
							"Not deleted at " + connection.provider().key() + ": " + result.error() + ".");
					continue;
				}
				deleted.add(result.externalId());
				unlinked.put(contactId, result.externalId());
			}
			if (!deleted.isEmpty()) {
				links.forget(connection.id(), deleted);
				contacts.unlink(connection.organization(), connection.platform(), unlinked);
			}
			runs.deleted(runId, deleted.size(), failed);
			connections.deletionsPushedUntil(connection.id(), until);
		});
	}
}
