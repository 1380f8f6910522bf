package com.growthhub.integrations;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;

/**
 * A test-only HubSpot, in memory and per portal (one per access token, so tests sharing a context or a database do not
 * see each other's records): the engine is tested against the SPI alone. It is registered in every test context
 * ({@link IntegrationTestContextCustomizerFactory}) ahead of the real connector, to which it hands every token it does
 * not know, so that a run one context queued behaves the same whichever context's job system picks it up.
 */
public final class FakeHubSpot {

	public static final InMemory CONNECTOR = new InMemory();

	private FakeHubSpot() {
	}

	/** The bean: tokens of in-memory portals stay here, any other goes to the real connector. */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public static final class Delegating implements Connector {

		private final ObjectProvider<Connector> connectors;

		public Delegating(ObjectProvider<Connector> connectors) {
			this.connectors = connectors;
		}

		private Connector real() {
			return connectors.orderedStream().filter(c -> c != this && c.provider() == Provider.HUBSPOT).findFirst()
				.orElse(CONNECTOR);
		}

		private Connector of(ProviderCredentials credentials) {
			return CONNECTOR.knows(credentials.accessToken()) ? CONNECTOR : real();
		}

		@Override
		public Provider provider() {
			return Provider.HUBSPOT;
		}

		@Override
		public boolean configured() {
			return real().configured();
		}

		@Override
		public boolean usesOAuth() {
			return real().usesOAuth();
		}

		@Override
		public boolean acceptsToken() {
			return true;
		}

		@Override
		public URI authorizeUrl(AuthorizationRequest request) {
			return real().authorizeUrl(request);
		}

		@Override
		public IssuedTokens exchange(String code, String codeVerifier, URI redirectUri) {
			return real().exchange(code, codeVerifier, redirectUri);
		}

		@Override
		public IssuedTokens refresh(String refreshToken) {
			return CONNECTOR.refreshTokens.containsKey(refreshToken) ? CONNECTOR.refresh(refreshToken) : real().refresh(refreshToken);
		}

		@Override
		public AccountInfo test(ProviderCredentials credentials) {
			return of(credentials).test(credentials);
		}

		@Override
		public RecordPage read(ProviderCredentials credentials, ReadRequest request) {
			return of(credentials).read(credentials, request);
		}

		@Override
		public List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
			return of(credentials).write(credentials, records);
		}

		@Override
		public List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
			return of(credentials).delete(credentials, externalIds);
		}

		@Override
		public List<RemoteField> fields(ProviderCredentials credentials) {
			return of(credentials).fields(credentials);
		}

		@Override
		public Map<String, String> defaultMapping() {
			return real().defaultMapping();
		}
	}

	/** One portal: its contacts by id, and what the engine asked of it. */
	public static final class Portal {

		public final Map<String, ExternalRecord> records = new ConcurrentHashMap<>();
		public final List<String> cursorsRead = new CopyOnWriteArrayList<>();
		public final List<OutboundRecord> written = new CopyOnWriteArrayList<>();
		public final List<String> deleted = new CopyOnWriteArrayList<>();
		/** Ids whose deletion the portal refuses, as HubSpot does for a contact it will not archive. */
		public final java.util.Set<String> undeletable = ConcurrentHashMap.newKeySet();
		public final AtomicInteger refreshes = new AtomicInteger();
		public volatile int unauthorizedCalls;
		public volatile int crashAtPage = -1;
		public volatile @Nullable String failWith;
		public volatile String refreshedToken;
		private final AtomicInteger nextId = new AtomicInteger(1000);

		Portal(String token) {
			this.refreshedToken = token;
		}

		public void put(String id, Instant modified, Map<String, String> fields) {
			records.put(id, new ExternalRecord(id, modified, fields, false));
		}
	}

	/** Thrown to stand for a node dying mid-run: not an exception the runner handles. */
	public static final class NodeDied extends Error {
		public NodeDied() {
			super("node died");
		}
	}

	public static final class InMemory implements Connector {

		private final Map<String, Portal> portals = new ConcurrentHashMap<>();
		private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();

		public Portal portal(String token) {
			return portals.computeIfAbsent(token, Portal::new);
		}

		boolean knows(String token) {
			return portals.containsKey(token);
		}

		/** A refresh token whose refresh answers {@code newAccess} for the portal of {@code token}. */
		public void refreshable(String refreshToken, String token) {
			refreshTokens.put(refreshToken, token);
		}

		@Override
		public Provider provider() {
			return Provider.HUBSPOT;
		}

		@Override
		public boolean configured() {
			return true;
		}

		@Override
		public boolean usesOAuth() {
			return false;
		}

		@Override
		public URI authorizeUrl(AuthorizationRequest request) {
			throw new UnsupportedOperationException();
		}

		@Override
		public IssuedTokens exchange(String code, String codeVerifier, URI redirectUri) {
			throw new UnsupportedOperationException();
		}

		@Override
		public IssuedTokens refresh(String refreshToken) {
			String token = refreshTokens.get(refreshToken);
			if (token == null) {
				throw new ProviderUnauthorizedException("The refresh token was revoked.");
			}
			Portal portal = portal(token);
			portal.refreshes.incrementAndGet();
			String access = token + "-refreshed-" + portal.refreshes.get();
			portals.put(access, portal);
			return new IssuedTokens(access, null, 1800L, null, Map.of());
		}

		@Override
		public AccountInfo test(ProviderCredentials credentials) {
			Portal portal = known(credentials);
			return new AccountInfo("portal-" + Math.abs(credentials.accessToken().hashCode() % 100000), "Fake portal " + portal.records.size());
		}

		@Override
		public RecordPage read(ProviderCredentials credentials, ReadRequest request) {
			Portal portal = known(credentials);
			if (portal.failWith != null) {
				throw new ProviderFailureException(portal.failWith);
			}
			portal.cursorsRead.add(request.cursor() == null ? "start" : request.cursor());
			int from = request.cursor() == null ? 0 : Integer.parseInt(request.cursor());
			if (from / Math.max(1, request.pageSize()) == portal.crashAtPage) {
				portal.crashAtPage = -1;
				throw new NodeDied();
			}
			List<ExternalRecord> all = portal.records.values().stream()
				.filter(r -> request.since() == null || r.modifiedAt().isAfter(request.since()))
				.sorted(Comparator.comparing(ExternalRecord::externalId))
				.toList();
			List<ExternalRecord> page = all.subList(Math.min(from, all.size()), Math.min(from + request.pageSize(), all.size()));
			String next = from + request.pageSize() < all.size() ? String.valueOf(from + request.pageSize()) : null;
			return new RecordPage(page, next);
		}

		@Override
		public List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
			Portal portal = known(credentials);
			List<WriteResult> results = new ArrayList<>();
			for (OutboundRecord record : records) {
				portal.written.add(record);
				String id = record.externalId() != null ? record.externalId() : String.valueOf(portal.nextId.incrementAndGet());
				Map<String, String> fields = new LinkedHashMap<>();
				ExternalRecord existing = portal.records.get(id);
				if (existing != null) {
					fields.putAll(existing.fields());
				}
				fields.putAll(record.fields());
				portal.records.put(id, new ExternalRecord(id, Instant.now(), fields, false));
				results.add(new WriteResult(record.contactId(), id, null));
			}
			return results;
		}

		@Override
		public List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
			Portal portal = known(credentials);
			List<DeleteResult> results = new ArrayList<>();
			for (String id : externalIds) {
				if (portal.undeletable.contains(id)) {
					results.add(new DeleteResult(id, "HubSpot refused to archive it"));
					continue;
				}
				portal.deleted.add(id);
				portal.records.remove(id);
				results.add(DeleteResult.done(id));
			}
			return results;
		}

		@Override
		public List<RemoteField> fields(ProviderCredentials credentials) {
			known(credentials);
			return List.of(new RemoteField("email", "Email", "string", false), new RemoteField("firstname", "First name", "string", false),
					new RemoteField("budget", "Budget", "number", true));
		}

		@Override
		public Map<String, String> defaultMapping() {
			Map<String, String> mapping = new LinkedHashMap<>();
			mapping.put("email", "email");
			mapping.put("firstName", "firstname");
			mapping.put("lastName", "lastname");
			mapping.put("phone", "phone");
			mapping.put("company", "company");
			mapping.put("jobTitle", "jobtitle");
			return mapping;
		}

		private Portal known(ProviderCredentials credentials) {
			Portal portal = portals.get(credentials.accessToken());
			if (portal == null || credentials.accessToken().equals("revoked")) {
				throw new ProviderUnauthorizedException("HubSpot refused the token (401).");
			}
			if (portal.unauthorizedCalls > 0) {
				portal.unauthorizedCalls--;
				throw new ProviderUnauthorizedException("HubSpot refused the token (401).");
			}
			return portal;
		}
	}
}
