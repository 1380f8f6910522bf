package com.growthhub.integrations.internal.connections;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactSync;
import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.Connector.AccountInfo;
import com.growthhub.integrations.internal.connectors.Connector.IssuedTokens;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.vault.CredentialVault;
import com.growthhub.integrations.internal.vault.SecretId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** Making, configuring and ending an organization's connections; syncing is {@code sync}'s. */
@Service
public class Connections {

	private final ConnectionRepository repository;
	private final ConnectorRegistry connectors;
	private final CredentialVault vault;
	private final OAuthSignIns signIns;
	private final ConnectionCredentials credentials;
	private final ContactSync contacts;
	private final TenantTransactions transactions;
	/** Looked up when used: the sync engine that implements it needs this class. */
	private final ObjectProvider<ConnectionStarts> starts;

	Connections(ConnectionRepository repository, ConnectorRegistry connectors, CredentialVault vault, OAuthSignIns signIns,
			ConnectionCredentials credentials, ContactSync contacts, TenantTransactions transactions,
			ObjectProvider<ConnectionStarts> starts) {
		this.repository = repository;
		this.connectors = connectors;
		this.vault = vault;
		this.signIns = signIns;
		this.credentials = credentials;
		this.contacts = contacts;
		this.transactions = transactions;
		this.starts = starts;
	}

	public List<ProviderCard> cards(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> {
			Map<Provider, Connection> live = new java.util.EnumMap<>(Provider.class);
			repository.live(organization).forEach(c -> live.put(c.provider(), c));
			return connectors.all().stream().sorted(java.util.Comparator.comparing(Connector::provider)).map(connector -> {
				Connection connection = live.get(connector.provider());
				return new ProviderCard(connector.provider(), connector.configured(), connector.usesOAuth(),
						connector.acceptsToken(), connector.settings(),
						ProviderCard.variables(connector.provider(), connector.usesOAuth()), connection,
						connection == null ? null : vault.hint(organization, connection.accessSecret()).orElse(""));
			}).toList();
		});
	}

	public Connection get(OrganizationId organization, Actor actor, Provider provider) {
		connectors.get(provider);
		return transactions.call(organization, actor, () -> repository.live(organization, provider, false)
			.orElseThrow(() -> NotFoundException.of("Connection")));
	}

	/** Connects with a private-app or API token, after proving it works. */
	public Connection connectWithToken(OrganizationId organization, Actor actor, Provider provider, String token) {
		return connectWithToken(organization, actor, provider, token, Map.of());
	}

	/**
	 * Connects with a token and the settings the provider needs to reach anything with it (CallTrackingMetrics' account
	 * id), after proving both work.
	 */
	public Connection connectWithToken(OrganizationId organization, Actor actor, Provider provider, String token,
			Map<String, String> settings) {
		Connector connector = connectors.get(provider);
		Map<String, String> given = new java.util.LinkedHashMap<>();
		connector.settings().forEach(setting -> {
			String value = settings.getOrDefault(setting.key(), "").strip();
			if (!value.isEmpty()) {
				given.put(setting.key(), value);
			}
			else if (setting.required() && !connector.syncsContacts()) {
				throw IntegrationInputException.field("settings." + setting.key(), "is required");
			}
		});
		if (!connector.acceptsToken()) {
			throw IntegrationInputException.field("token", "is not how " + provider.key() + " connects; sign in instead");
		}
		if (token.isBlank() || token.length() > 2000) {
			throw IntegrationInputException.field("token", "must be the token the provider issued");
		}
		AccountInfo account = reach(connector, new ProviderCredentials(token.strip(), null, Map.copyOf(given)));
		return save(organization, actor, connector, new IssuedTokens(token.strip(), null, null, null, Map.copyOf(given)), account);
	}

	public URI authorizeUrl(OrganizationId organization, Actor actor, Provider provider, URI redirectUri) {
		Connector connector = connectors.get(provider);
		if (!connector.usesOAuth()) {
			throw IntegrationInputException.field("provider", "connects with a token; send {\"token\": …}");
		}
		if (!connector.configured()) {
			throw IntegrationInputException.notConfigured(provider.key());
		}
		return connector.authorizeUrl(signIns.begin(organization, actor, provider, redirectUri));
	}

	/** Completes a sign-in the same person began: spends the state, exchanges the code with the PKCE verifier. */
	public Connection completeSignIn(OrganizationId organization, Actor actor, Provider provider, String state, String code) {
		Connector connector = connectors.get(provider);
		OAuthSignIns.Pending pending = signIns.complete(organization, actor, provider, state);
		IssuedTokens tokens;
		try {
			tokens = connector.exchange(code, pending.codeVerifier(), pending.redirectUri());
		}
		catch (ProviderFailureException ex) {
			throw IntegrationInputException.refused(ex.getMessage());
		}
		AccountInfo account = reach(connector, new ProviderCredentials(tokens.accessToken(), tokens.instanceUrl(), tokens.extra()));
		return save(organization, actor, connector, tokens, account);
	}

	public AccountInfo test(OrganizationId organization, Actor actor, Provider provider) {
		Connection connection = get(organization, actor, provider);
		Connector connector = connectors.get(provider);
		AccountInfo account;
		try {
			account = credentials.call(connection, connector::test);
		}
		catch (ProviderFailureException ex) {
			throw IntegrationInputException.refused(ex.getMessage());
		}
		transactions.run(organization, actor, () -> repository.account(connection, account.accountId(), account.displayName()));
		return account;
	}

	public List<Connector.RemoteField> remoteFields(OrganizationId organization, Actor actor, Provider provider) {
		Connection connection = get(organization, actor, provider);
		try {
			return credentials.call(connection, connectors.get(provider)::fields);
		}
		catch (ProviderFailureException ex) {
			throw IntegrationInputException.refused(ex.getMessage());
		}
	}

	public List<FieldMapping> replaceMapping(OrganizationId organization, Actor actor, Provider provider,
			List<FieldMapping> mapping) {
		Set<String> custom = new HashSet<>(contacts.customFieldKeys(organization));
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < mapping.size(); i++) {
			FieldMapping field = mapping.get(i);
			String local = field.local() == null ? "" : field.local().strip();
			boolean known = ContactSync.FIELDS.contains(local)
					|| local.startsWith(ContactSync.CUSTOM) && custom.contains(local.substring(ContactSync.CUSTOM.length()));
			if (!known) {
				throw IntegrationInputException.field("mappings[" + i + "].local",
						"must be a contact field (" + String.join(", ", ContactSync.FIELDS) + ") or cf.<custom field key>");
			}
			if (!seen.add(local)) {
				throw IntegrationInputException.field("mappings[" + i + "].local", "is mapped twice");
			}
			if (field.remote() == null || field.remote().isBlank() || field.remote().length() > 200) {
				throw IntegrationInputException.field("mappings[" + i + "].remote", "must name the provider's field");
			}
			if (field.direction() == null) {
				throw IntegrationInputException.field("mappings[" + i + "].direction", "must be one of [both, import, export]");
			}
		}
		List<FieldMapping> cleaned = mapping.stream()
			.map(f -> new FieldMapping(f.local().strip(), f.remote().strip(), f.direction()))
			.toList();
		transactions.run(organization, actor, () -> repository.mapping(locked(organization, provider), cleaned));
		return cleaned;
	}

	public Connection configure(OrganizationId organization, Actor actor, Provider provider, SyncDirection direction,
			boolean syncDeletions, Map<String, String> settings) {
		return configure(organization, actor, provider, direction, syncDeletions, null, settings);
	}

	/** {@code pushDeletions} null keeps the connection's choice. */
	public Connection configure(OrganizationId organization, Actor actor, Provider provider, SyncDirection direction,
			boolean syncDeletions, @Nullable Boolean pushDeletions, Map<String, String> settings) {
		Connector connector = connectors.get(provider);
		Set<String> keys = new HashSet<>();
		connector.settings().forEach(setting -> {
			keys.add(setting.key());
			if (setting.required() && settings.getOrDefault(setting.key(), "").isBlank()) {
				throw IntegrationInputException.field("settings." + setting.key(), "is required");
			}
		});
		settings.keySet().stream().filter(key -> !keys.contains(key)).findFirst().ifPresent(key -> {
			throw IntegrationInputException.field("settings." + key, "is not a setting of " + provider.key());
		});
		return transactions.call(organization, actor, () -> {
			Connection connection = locked(organization, provider);
			java.util.LinkedHashMap<String, String> merged = new java.util.LinkedHashMap<>(connection.settings());
			merged.putAll(settings);
			repository.settings(connection, direction, syncDeletions, merged);
			if (pushDeletions != null) {
				repository.pushDeletions(connection, pushDeletions);
			}
			return repository.find(organization, connection.id()).orElseThrow();
		});
	}

	public Connection pause(OrganizationId organization, Actor actor, Provider provider) {
		return transactions.call(organization, actor, () -> {
			Connection connection = locked(organization, provider);
			repository.status(connection, ConnectionStatus.PAUSED);
			return repository.find(organization, connection.id()).orElseThrow();
		});
	}

	public Connection resume(OrganizationId organization, Actor actor, Provider provider) {
		return transactions.call(organization, actor, () -> {
			Connection connection = locked(organization, provider);
			repository.status(connection, ConnectionStatus.CONNECTED);
			Connection resumed = repository.find(organization, connection.id()).orElseThrow();
			starts.getObject().started(resumed);
			return resumed;
		});
	}

	/** Ends the connection and destroys its tokens; its run history stays until a new connection replaces it. */
	public void disconnect(OrganizationId organization, Actor actor, Provider provider) {
		transactions.run(organization, actor, () -> {
			Connection connection = locked(organization, provider);
			repository.status(connection, ConnectionStatus.DISCONNECTED);
			vault.delete(organization, connection.accessSecret());
			if (connection.refreshSecret() != null) {
				vault.delete(organization, connection.refreshSecret());
			}
		});
	}

	private Connection locked(OrganizationId organization, Provider provider) {
		connectors.get(provider);
		return repository.live(organization, provider, true).orElseThrow(() -> NotFoundException.of("Connection"));
	}

	private static AccountInfo reach(Connector connector, ProviderCredentials credentials) {
		try {
			return connector.test(credentials);
		}
		catch (ProviderFailureException ex) {
			throw IntegrationInputException.refused(ex.getMessage());
		}
	}

	private Connection save(OrganizationId organization, Actor actor, Connector connector, IssuedTokens tokens,
			AccountInfo account) {
		Provider provider = connector.provider();
		List<FieldMapping> mapping = new ArrayList<>();
		connector.defaultMapping().forEach((local, remote) -> mapping.add(new FieldMapping(local, remote, FieldMapping.Flow.BOTH)));
		return transactions.call(organization, actor, () -> {
			SecretId access = vault.store(organization, provider.key() + ".access_token", tokens.accessToken());
			SecretId refresh = tokens.refreshToken() == null ? null
					: vault.store(organization, provider.key() + ".refresh_token", tokens.refreshToken());
			Instant expires = tokens.expiresInSeconds() == null ? null : Instant.now().plusSeconds(tokens.expiresInSeconds());
			Connection connection = new Connection(Ids.next(), organization, provider, ConnectionStatus.CONNECTED,
					SyncDirection.IMPORT, false, actor.userId(), Instant.now(), account.accountId(), account.displayName(),
					access, refresh, expires, tokens.instanceUrl(), Map.copyOf(tokens.extra()), mapping, false, null, null,
					null, null, 0, false, null);
			try {
				repository.insert(connection);
			}
			catch (DuplicateKeyException ex) {
				throw IntegrationInputException.conflict(provider.key() + " is already connected; disconnect it first.");
			}
			Connection saved = repository.find(organization, connection.id()).orElseThrow();
			starts.getObject().started(saved);
			return saved;
		});
	}
}
