package com.growthhub.integrations.internal.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactSync;
import com.growthhub.contacts.ContactSync.LocalContact;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionCredentials;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connections.FieldMapping;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.WriteResult;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Pushes local changes of exported fields to the provider in batches: contacts updated since the connection's push
 * checkpoint, minus those whose exported values equal what was last synced (a change that came from the provider is
 * not echoed back). New ids the provider answers are recorded on the contacts.
 */
@Component
class OutboundPush {

	static final int BATCH = 100;

	private final ContactSync contacts;
	private final SyncLinks links;
	private final SyncRunRepository runs;
	private final ConnectionRepository connections;
	private final ConnectionCredentials credentials;
	private final ConnectorRegistry connectors;
	private final TenantTransactions transactions;

	OutboundPush(ContactSync contacts, SyncLinks links, SyncRunRepository runs, ConnectionRepository connections,
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
		Instant since = connection.pushedUntil() == null ? Instant.EPOCH : connection.pushedUntil();
		UUID after = null;
		while (true) {
			List<LocalContact> changed = contacts.changedSince(connection.organization(), connection.platform(), since, after,
					BATCH);
			if (changed.isEmpty()) {
				return;
			}
			pushBatch(connection, runId, changed);
			LocalContact last = changed.getLast();
			since = last.updatedAt();
			after = last.contactId();
			if (changed.size() < BATCH) {
				return;
			}
		}
	}

	private void pushBatch(Connection connection, UUID runId, List<LocalContact> changed) {
		Map<UUID, SyncLinks.Link> linked = transactions.call(connection.organization(), connection.actor(),
				() -> links.of(connection.id(), changed.stream().map(LocalContact::contactId).toList()));
		List<OutboundRecord> records = new ArrayList<>();
		Map<UUID, Map<String, String>> sent = new HashMap<>();
		int skipped = 0;
		for (LocalContact contact : changed) {
			Map<String, String> exported = exported(connection, contact.values());
			SyncLinks.Link link = linked.get(contact.contactId());
			if (link != null && unchanged(exported, link.synced())) {
				skipped++;
				continue;
			}
			@Nullable String externalId = link != null ? link.externalId() : contact.externalId();
			Map<String, String> remote = new HashMap<>();
			for (FieldMapping field : connection.mapping()) {
				if (field.direction().exports() && exported.containsKey(field.local())) {
					remote.put(field.remote(), exported.get(field.local()));
				}
			}
			records.add(new OutboundRecord(contact.contactId(), externalId, remote));
			sent.put(contact.contactId(), exported);
		}
		List<WriteResult> results = records.isEmpty() ? List.of()
				: credentials.call(connection, creds -> connectors.get(connection.provider()).write(creds, records));
		int finalSkipped = skipped;
		Instant until = changed.getLast().updatedAt();
		transactions.run(connection.organization(), connection.actor(), () -> {
			Map<UUID, String> newIds = new HashMap<>();
			List<SyncLinks.Synced> synced = new ArrayList<>();
			int pushed = 0;
			int failed = 0;
			for (WriteResult result : results) {
				if (!result.succeeded() || result.externalId() == null) {
					failed++;
					runs.error(connection.organization(), runId, RunError.Kind.ERROR, result.externalId(), result.contactId(), null,
							"Not sent to " + connection.provider().key() + ": " + result.error() + ".");
					continue;
				}
				pushed++;
				newIds.put(result.contactId(), result.externalId());
				synced.add(new SyncLinks.Synced(result.contactId(), result.externalId(), sent.get(result.contactId()), null));
			}
			contacts.link(connection.organization(), connection.platform(), newIds);
			links.save(connection.organization(), connection.id(), synced, true);
			runs.pushed(runId, PageCounts.pushed(pushed, failed, finalSkipped));
			connections.pushedUntil(connection.id(), until);
		});
	}

	private static Map<String, String> exported(Connection connection, Map<String, String> values) {
		Map<String, String> exported = new HashMap<>();
		for (FieldMapping field : connection.mapping()) {
			if (field.direction().exports() && values.containsKey(field.local())) {
				exported.put(field.local(), values.get(field.local()));
			}
		}
		return exported;
	}

	/** Every exported field as last synced (absent both here and in the link counts as equal). */
	private static boolean unchanged(Map<String, String> exported, Map<String, String> synced) {
		return exported.entrySet().stream().allMatch(e -> e.getValue().equals(synced.get(e.getKey())));
	}
}
