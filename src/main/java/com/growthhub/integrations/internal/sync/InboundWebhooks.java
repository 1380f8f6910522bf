package com.growthhub.integrations.internal.sync;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactSync;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.ConnectionStatus;
import com.growthhub.integrations.internal.connectors.InboundWebhook;
import com.growthhub.integrations.internal.connectors.InboundWebhook.Change;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;

/**
 * Deliveries a provider pushes: verified by the provider's {@link InboundWebhook} bean (a bad, old or replayed
 * signature is refused before anything is read), then each connection of the accounts named runs an incremental sync
 * soon (one already live picks the changes up, or the next does), and deletions trash linked contacts of connections
 * that opted in.
 */
@Service
public class InboundWebhooks {

	private static final Actor WEBHOOK = new Actor.Job("integration-webhook");

	private final Map<Provider, InboundWebhook> verifiers = new EnumMap<>(Provider.class);
	private final ConnectionRepository connections;
	private final SyncRuns runs;
	private final SyncLinks links;
	private final ContactSync contacts;
	private final TenantTransactions transactions;

	InboundWebhooks(List<InboundWebhook> verifiers, ConnectionRepository connections, SyncRuns runs, SyncLinks links,
			ContactSync contacts, TenantTransactions transactions) {
		verifiers.forEach(verifier -> this.verifiers.putIfAbsent(verifier.provider(), verifier));
		this.connections = connections;
		this.runs = runs;
		this.links = links;
		this.contacts = contacts;
		this.transactions = transactions;
	}

	/** Answers how many connections will sync; throws {@code InvalidWebhookException} for a delivery to refuse. */
	public int receive(Provider provider, String requestUrl, Map<String, String> headers, byte[] body) {
		InboundWebhook verifier = verifiers.get(provider);
		if (verifier == null) {
			throw NotFoundException.of("Webhook");
		}
		List<Change> changes = verifier.verify(requestUrl, headers, body);
		Map<String, List<Change>> byAccount = changes.stream()
			.collect(Collectors.groupingBy(Change::accountId, LinkedHashMap::new, Collectors.toList()));
		int syncing = 0;
		for (Map.Entry<String, List<Change>> account : byAccount.entrySet()) {
			List<Connection> found = transactions.call(TenantScope.system(WEBHOOK),
					() -> connections.byAccount(provider, account.getKey()));
			for (Connection connection : found) {
				trashDeleted(connection, account.getValue());
				if (connection.status() == ConnectionStatus.CONNECTED || connection.status() == ConnectionStatus.ERROR) {
					runs.queue(connection, SyncMode.INCREMENTAL);
					syncing++;
				}
			}
		}
		return syncing;
	}

	private void trashDeleted(Connection connection, List<Change> changes) {
		Set<String> deleted = changes.stream().filter(Change::deleted).map(Change::externalId).collect(Collectors.toSet());
		if (deleted.isEmpty() || !connection.syncDeletions()) {
			return;
		}
		transactions.run(connection.organization(), connection.actor(), () -> {
			contacts.trash(connection.organization(), connection.actor(), links.contactsOf(connection.id(), deleted));
			links.forget(connection.id(), deleted);
		});
	}
}
