package com.growthhub.integrations.internal.connections;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.Connector.IssuedTokens;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.vault.CredentialVault;
import com.growthhub.integrations.internal.vault.SecretId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Calls a provider with a connection's tokens, opened from the vault for the call: an access token about to expire is
 * refreshed first, and a call answered 401 is tried once more after a refresh. Refreshing locks the connection's row,
 * so two nodes never spend the same refresh token.
 */
@Component
public class ConnectionCredentials {

	/** Refresh this long before the provider says the token expires: clocks differ and calls take time. */
	private static final Duration EARLY = Duration.ofSeconds(60);

	private final CredentialVault vault;
	private final ConnectionRepository connections;
	private final ConnectorRegistry connectors;
	private final TenantTransactions transactions;

	ConnectionCredentials(CredentialVault vault, ConnectionRepository connections, ConnectorRegistry connectors,
			TenantTransactions transactions) {
		this.vault = vault;
		this.connections = connections;
		this.connectors = connectors;
		this.transactions = transactions;
	}

	public <T> T call(Connection connection, Function<ProviderCredentials, T> work) {
		Connection current = connection;
		if (current.refreshSecret() != null && current.tokenExpiresAt() != null
				&& current.tokenExpiresAt().isBefore(Instant.now().plus(EARLY))) {
			current = refresh(current);
		}
		try {
			return work.apply(credentials(current));
		}
		catch (ProviderUnauthorizedException ex) {
			if (current.refreshSecret() == null) {
				throw ex;
			}
			return work.apply(credentials(refresh(current)));
		}
	}

	private ProviderCredentials credentials(Connection connection) {
		return new ProviderCredentials(vault.reveal(connection.organization(), connection.accessSecret()),
				connection.instanceUrl(), connection.settings());
	}

	/** Answers the connection with fresh tokens; another node's refresh meanwhile is taken as it is. */
	private Connection refresh(Connection stale) {
		Actor actor = stale.actor();
		return transactions.call(stale.organization(), actor, () -> {
			connections.live(stale.organization(), stale.provider(), true);
			Connection fresh = connections.find(stale.organization(), stale.id()).orElseThrow();
			if (!java.util.Objects.equals(fresh.tokenExpiresAt(), stale.tokenExpiresAt()) || fresh.refreshSecret() == null) {
				return fresh;
			}
			Connector connector = connectors.get(fresh.provider());
			IssuedTokens tokens = connector.refresh(vault.reveal(fresh.organization(), fresh.refreshSecret()));
			vault.replace(fresh.organization(), fresh.accessSecret(), tokens.accessToken());
			SecretId refresh = fresh.refreshSecret();
			if (tokens.refreshToken() != null) {
				vault.replace(fresh.organization(), refresh, tokens.refreshToken());
			}
			Instant expires = tokens.expiresInSeconds() == null ? null : Instant.now().plusSeconds(tokens.expiresInSeconds());
			connections.tokens(fresh, refresh, expires);
			return connections.find(fresh.organization(), fresh.id()).orElseThrow();
		});
	}
}
