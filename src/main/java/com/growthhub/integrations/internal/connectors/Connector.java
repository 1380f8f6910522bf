package com.growthhub.integrations.internal.connectors;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the sync engine asks of one provider, implemented once per provider as a bean over a Spring {@code RestClient}
 * written against the provider's documented API. Base URLs, client ids and secrets come from
 * {@code growthhub.integrations.<provider>.*} properties, so tests and sandboxes point elsewhere. Methods throw
 * {@link ProviderUnauthorizedException} on a 401 (the engine refreshes once and retries),
 * {@link ProviderRateLimitedException} when the provider says to slow down, and {@link ProviderFailureException} for
 * anything else, with a message a person can read.
 */
public interface Connector {

	Provider provider();

	/** Whether the installation has what this provider needs (client id and secret for OAuth); else the page says how. */
	boolean configured();

	/** OAuth providers sign in through {@link #authorizeUrl}; token providers take a private-app or API token. */
	boolean usesOAuth();

	/** Whether a private-app or API token can stand in for OAuth (HubSpot private apps, GoHighLevel location keys). */
	default boolean acceptsToken() {
		return !usesOAuth();
	}

	/**
	 * What a connection of this provider needs besides credentials (a spreadsheet and sheet, a location, which
	 * Salesforce objects), asked for on the settings card and kept in the connection's settings. Values a token answer
	 * brings ({@link IssuedTokens#extra()}, e.g. GoHighLevel's {@code locationId}) are stored under the same keys.
	 */
	default List<ConnectionSetting> settings() {
		return List.of();
	}

	/**
	 * Whether the engine syncs contacts with this provider (reads records, pushes changes, offers a field mapping). A
	 * provider of something else, like CallTrackingMetrics' calls ({@link CallSource}), answers false.
	 */
	default boolean syncsContacts() {
		return true;
	}

	/** The provider's consent page for an authorization code with PKCE (S256) and {@code state}. */
	URI authorizeUrl(AuthorizationRequest request);

	/** Exchanges the code from the callback (with the PKCE verifier) for tokens. */
	IssuedTokens exchange(String code, String codeVerifier, URI redirectUri);

	/** New tokens from a refresh token; the answer may carry a new refresh token. */
	IssuedTokens refresh(String refreshToken);

	/** A cheap call that proves the credentials work, answering the account it reached. */
	AccountInfo test(ProviderCredentials credentials);

	/**
	 * One page of records: everything in the provider's order when {@code request.since()} is null (an import),
	 * else those modified since then (incremental). The page's cursor resumes the run after a crash.
	 */
	RecordPage read(ProviderCredentials credentials, ReadRequest request);

	/** Creates or updates records (in the provider's batch sizes); one result per record, in order. */
	List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records);

	/**
	 * Deletes records at the provider (in its batch sizes), for a connection that opted in to push deletions; one result
	 * per id, in order. A record the provider no longer has counts as deleted. Providers that cannot delete keep this
	 * default, which refuses the whole call.
	 */
	default List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
		throw new ProviderFailureException("GrowthHub cannot delete records at " + provider().key() + " yet; turn off pushing deletions");
	}

	/** The provider's fields for contacts (including custom ones), for the mapping editor. */
	List<RemoteField> fields(ProviderCredentials credentials);

	/** The default mapping: local field key ({@code email}, {@code firstName}, {@code cf.budget}…) → remote field name. */
	Map<String, String> defaultMapping();

	/** What an authorization asks for. */
	record AuthorizationRequest(String state, String codeChallenge, URI redirectUri) {
	}

	/** Tokens from a code exchange or a refresh; {@code instanceUrl} where the provider names the API host (Salesforce). */
	record IssuedTokens(String accessToken, @Nullable String refreshToken, @Nullable Long expiresInSeconds,
			@Nullable String instanceUrl, Map<String, String> extra) {
	}

	/** The account a connection reached, for the settings card ("Connected to portal 1234, acme.com"). */
	record AccountInfo(String accountId, String displayName) {
	}

	/** A connection setting: its key in the settings map, its label and help on the card, and whether it is required. */
	record ConnectionSetting(String key, String label, String help, boolean required) {
	}

	/** A field as the provider names and describes it. */
	record RemoteField(String name, String label, String type, boolean custom) {
	}
}
