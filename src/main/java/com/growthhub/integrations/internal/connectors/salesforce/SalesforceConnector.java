package com.growthhub.integrations.internal.connectors.salesforce;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.growthhub.integrations.internal.connectors.Connector;
import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;
import com.growthhub.integrations.internal.providerhttp.OAuthTokenEndpoint;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;

/**
 * Salesforce leads and contacts through the REST API, signed in with the OAuth web server flow and PKCE. The token
 * answer names the org's instance URL, where every later call goes.
 */
@Component
class SalesforceConnector implements Connector {

	static final String SCOPES = "api id refresh_token";

	private static final Map<String, String> DEFAULT_MAPPING = defaultMapping(new LinkedHashMap<>());

	/** The pseudo-field of a record's object, as Salesforce's JSON names it: the lifecycle. */
	static final String OBJECT_TYPE = "attributes.type";

	/** Lifecycle by object: a lead is a lead; a contact is a converted (won) lead, so a client. */
	static final Map<String, String> LIFECYCLES = Map.of("Lead", "lead", "Contact", "client");

	private final SalesforceSettings settings;

	private final SalesforceApi api;

	private final SalesforceObjects objects;

	private final SalesforceContactReader reader;

	private final SalesforceContactWriter writer;

	private final SalesforceContactDeleter deleter;

	private final OAuthTokenEndpoint tokens;

	SalesforceConnector(SalesforceSettings settings, SalesforceApi api, SalesforceObjects objects,
			SalesforceContactReader reader, SalesforceContactWriter writer, ProviderClients clients) {
		this.settings = settings;
		this.api = api;
		this.objects = objects;
		this.reader = reader;
		this.writer = writer;
		this.deleter = new SalesforceContactDeleter(api);
		this.tokens = new OAuthTokenEndpoint(clients, "Salesforce", settings.loginUrl(), "/services/oauth2/token",
				OAuthTokenEndpoint.clientFields(settings.clientId(), settings.clientSecret()));
	}

	@Override
	public Provider provider() {
		return Provider.SALESFORCE;
	}

	@Override
	public boolean configured() {
		return this.settings.configured();
	}

	@Override
	public boolean usesOAuth() {
		return true;
	}

	@Override
	public List<ConnectionSetting> settings() {
		return List.of(new ConnectionSetting(SalesforceObjects.SETTING, "Salesforce objects",
				"Lead, Contact, or both as \"Lead,Contact\"; new contacts are created as the first one", false));
	}

	@Override
	public URI authorizeUrl(AuthorizationRequest request) {
		return UriComponentsBuilder.fromUriString(this.settings.loginUrl())
			.path("/services/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", this.settings.clientId())
			.queryParam("redirect_uri", request.redirectUri())
			.queryParam("scope", SCOPES)
			.queryParam("state", request.state())
			.queryParam("code_challenge", request.codeChallenge())
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUri();
	}

	@Override
	public IssuedTokens exchange(String code, String codeVerifier, URI redirectUri) {
		return this.tokens.exchange(code, codeVerifier, redirectUri);
	}

	@Override
	public IssuedTokens refresh(String refreshToken) {
		return this.tokens.refresh(refreshToken);
	}

	@Override
	public AccountInfo test(ProviderCredentials credentials) {
		Map<String, Object> user = this.api.get(credentials, "read the signed-in user",
				this.api.uri(credentials, "/services/oauth2/userinfo", Map.of()), SalesforceApi.OBJECT);
		String org = String.valueOf(user.get("organization_id"));
		return new AccountInfo(org, "Salesforce org " + org + " as " + user.getOrDefault("name", user.get("preferred_username")));
	}

	@Override
	public RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		return this.reader.read(credentials, request);
	}

	@Override
	public List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		return this.writer.write(credentials, records);
	}

	@Override
	public List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
		return this.deleter.delete(credentials, externalIds);
	}

	/** The fields of the connection's objects; with both, each name once (Lead's first). */
	@Override
	public List<RemoteField> fields(ProviderCredentials credentials) {
		Map<String, RemoteField> fields = new LinkedHashMap<>();
		for (String object : SalesforceObjects.of(credentials)) {
			this.objects.fields(credentials, object).forEach(fields::putIfAbsent);
		}
		return List.copyOf(fields.values());
	}

	/** Owners (user ids) and lead status differ per org, so they are left for the mapping editor. */
	@Override
	public Map<String, String> defaultMapping() {
		return DEFAULT_MAPPING;
	}

	private static Map<String, String> defaultMapping(LinkedHashMap<String, String> mapping) {
		mapping.put("email", "Email");
		mapping.put("firstName", "FirstName");
		mapping.put("lastName", "LastName");
		mapping.put("phone", "Phone");
		mapping.put("company", "Company");
		mapping.put("jobTitle", "Title");
		mapping.put("ownerEmail", SalesforceOwners.OWNER);
		mapping.put("lifecycle", OBJECT_TYPE);
		return Collections.unmodifiableMap(mapping);
	}
}
