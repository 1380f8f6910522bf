package com.growthhub.integrations.internal.sync;

import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.calls.CallLog;
import com.growthhub.calls.CallRated;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionCredentials;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connectors.CallSource;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Tells the call's provider a rating a person changed here, after the change committed, then tells the call log it
 * was pushed. A failure leaves the event publication incomplete, so the registry delivers it again; pushing the same
 * rating twice is harmless. A call whose provider is no longer connected keeps its rating here only (and the call log
 * keeps waiting for the push, so no stale rating from that provider overrides it).
 */
@Component
class CallRatingPush {

	private static final Actor PUSH = new Actor.Job("call-rating-push");

	private final ConnectorRegistry connectors;
	private final ConnectionRepository connections;
	private final ConnectionCredentials credentials;
	private final CallLog calls;
	private final TenantTransactions transactions;

	CallRatingPush(ConnectorRegistry connectors, ConnectionRepository connections, ConnectionCredentials credentials,
			CallLog calls, TenantTransactions transactions) {
		this.connectors = connectors;
		this.connections = connections;
		this.credentials = credentials;
		this.calls = calls;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(CallRated event) {
		Optional<CallSource> source = connectors.all().stream()
			.filter(connector -> connector.provider().key().equals(event.provider()))
			.filter(CallSource.class::isInstance)
			.map(CallSource.class::cast)
			.findFirst();
		if (source.isEmpty()) {
			return;
		}
		Provider provider = Provider.valueOf(event.provider().toUpperCase(java.util.Locale.ROOT));
		// A paused connection still takes a person's rating: pausing stops syncing, not what people do here.
		Optional<Connection> connection = transactions.call(event.organizationId(), PUSH,
				() -> connections.live(event.organizationId(), provider, false));
		if (connection.isEmpty()) {
			return;
		}
		credentials.call(connection.get(), creds -> {
			source.get().rate(creds, event.externalId(), event.rating());
			return null;
		});
		transactions.run(event.organizationId(), PUSH, () -> calls.ratingPushed(event.organizationId(), event.callId(), event.rating()));
	}
}
