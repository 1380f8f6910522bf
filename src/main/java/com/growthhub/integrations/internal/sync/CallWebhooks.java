package com.growthhub.integrations.internal.sync;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.growthhub.calls.CallLog;
import com.growthhub.calls.IncomingCall;
import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionCredentials;
import com.growthhub.integrations.internal.connections.ConnectionRepository;
import com.growthhub.integrations.internal.connections.ConnectionStatus;
import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connections.IntegrationInputException;
import com.growthhub.integrations.internal.connectors.CallSource;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;

/**
 * A call source's webhook deliveries (a new call, or one updated there: a transcript that arrived, a score changed):
 * the body names the account, the account's live connections are found across organizations, and the delivery counts
 * only once one of them proves its signature; then its calls go straight to the call log, which opens its own
 * transactions. A replayed delivery reports the same calls again, which the call log ignores.
 */
@Service
public class CallWebhooks {

	private static final Actor WEBHOOK = new Actor.Job("integration-webhook");

	private final ConnectorRegistry connectors;
	private final ConnectionRepository connections;
	private final ConnectionCredentials credentials;
	private final CallLog calls;
	private final TenantTransactions transactions;

	CallWebhooks(ConnectorRegistry connectors, ConnectionRepository connections, ConnectionCredentials credentials,
			CallLog calls, TenantTransactions transactions) {
		this.connectors = connectors;
		this.connections = connections;
		this.credentials = credentials;
		this.calls = calls;
		this.transactions = transactions;
	}

	/** Answers how many calls were recorded; throws {@link InvalidWebhookException} for a delivery to refuse. */
	public int receive(Provider provider, Map<String, String> headers, byte[] body) {
		if (!(connectors.get(provider) instanceof CallSource source)) {
			throw NotFoundException.of("Webhook");
		}
		String account = source.deliveryAccount(body);
		if (account == null) {
			throw IntegrationInputException.field("account_id", "must name the account of the call the delivery carries");
		}
		List<Connection> found = transactions.call(TenantScope.system(WEBHOOK), () -> connections.byAccount(provider, account));
		InvalidWebhookException refused = new InvalidWebhookException("No connection of this account accepts the delivery's signature.");
		int recorded = 0;
		boolean verified = false;
		for (Connection connection : found) {
			List<IncomingCall> delivered;
			try {
				delivered = credentials.call(connection, creds -> source.delivery(creds, headers, body));
			}
			catch (InvalidWebhookException ex) {
				refused = ex;
				continue;
			}
			verified = true;
			if (connection.status() == ConnectionStatus.PAUSED) {
				continue;
			}
			for (IncomingCall call : delivered) {
				calls.record(connection.organization(), provider.key(), call);
				recorded++;
			}
		}
		if (!verified) {
			throw refused;
		}
		return recorded;
	}
}
