package com.growthhub.integrations.internal.connectors.gohighlevel;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
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
 * A HighLevel (GoHighLevel) sub-account, or location, through API v2: signed in with the marketplace OAuth flow (the
 * token answer names the location, kept as the {@code locationId} setting) or a location's private integration token
 * with the location id typed on the card.
 */
@Component
class GoHighLevelConnector implements Connector {

	static final String SCOPES = "contacts.readonly contacts.write locations.readonly locations/customFields.readonly";

	/** HighLevel's own contact fields, for the mapping editor next to the location's custom fields. */
	private static final List<RemoteField> STANDARD_FIELDS = List.of(new RemoteField("email", "Email", "email", false),
			new RemoteField("firstName", "First name", "text", false), new RemoteField("lastName", "Last name", "text", false),
			new RemoteField("phone", "Phone", "phone", false), new RemoteField("companyName", "Company", "text", false),
			new RemoteField("website", "Website", "text", false), new RemoteField("address1", "Address", "text", false),
			new RemoteField("city", "City", "text", false), new RemoteField("state", "State", "text", false),
			new RemoteField("postalCode", "Postal code", "text", false), new RemoteField("country", "Country", "text", false),
			new RemoteField("source", "Source", "text", false), new RemoteField("type", "Type", "text", false),
			new RemoteField("assignedTo", "Assigned user id", "text", false),
			new RemoteField("dateOfBirth", "Date of birth", "date", false));

	private static final Map<String, String> DEFAULT_MAPPING = defaultMapping(new LinkedHashMap<>());

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private final GoHighLevelSettings settings;

	private final GoHighLevelApi api;

	private final GoHighLevelContacts contacts;

	private final GoHighLevelFieldValues values;

	private final OAuthTokenEndpoint tokens;

	GoHighLevelConnector(GoHighLevelSettings settings, GoHighLevelApi api, GoHighLevelContacts contacts,
			GoHighLevelFieldValues values, ProviderClients clients) {
		this.settings = settings;
		this.api = api;
		this.contacts = contacts;
		this.values = values;
		Map<String, @Nullable String> client = OAuthTokenEndpoint.clientFields(settings.clientId(), settings.clientSecret());
		// HighLevel issues tokens for a sub-account when asked for user_type=Location.
		client.put("user_type", "Location");
		this.tokens = new OAuthTokenEndpoint(clients, "HighLevel", settings.baseUrl(), "/oauth/token", client);
	}

	@Override
	public Provider provider() {
		return Provider.GOHIGHLEVEL;
	}

	@Override
	public boolean configured() {
		return this.settings.configured();
	}

	@Override
	public boolean usesOAuth() {
		return true;
	}

	/** A location's private integration token works without the marketplace app. */
	@Override
	public boolean acceptsToken() {
		return true;
	}

	@Override
	public List<ConnectionSetting> settings() {
		return List.of(new ConnectionSetting(GoHighLevelApi.LOCATION, "Location id",
				"The sub-account's id, under Settings → Business Profile in HighLevel; filled in when you connect with OAuth",
				true));
	}

	@Override
	public URI authorizeUrl(AuthorizationRequest request) {
		return UriComponentsBuilder.fromUriString(this.settings.authorizeUrl())
			.queryParam("response_type", "code")
			.queryParam("redirect_uri", request.redirectUri())
			.queryParam("client_id", this.settings.clientId())
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
		String location = GoHighLevelApi.location(credentials);
		Map<String, Object> answer = this.api.call(credentials, "read the location", HttpMethod.GET,
				"/locations/{locationId}", new Object[] { location }, null, OBJECT);
		Object name = answer.get("location") instanceof Map<?, ?> found ? found.get("name") : null;
		return new AccountInfo(location, name == null ? "HighLevel location " + location : String.valueOf(name));
	}

	@Override
	public RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		return this.values.inbound(credentials, this.contacts.read(credentials, request));
	}

	@Override
	public List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		return this.contacts.write(credentials, this.values.outbound(credentials, records));
	}

	@Override
	public List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
		return this.contacts.delete(credentials, externalIds);
	}

	@Override
	public List<RemoteField> fields(ProviderCredentials credentials) {
		String location = GoHighLevelApi.location(credentials);
		Map<String, Object> answer = this.api.call(credentials, "list custom fields", HttpMethod.GET,
				"/locations/{locationId}/customFields", new Object[] { location }, null, OBJECT);
		List<RemoteField> fields = new ArrayList<>(STANDARD_FIELDS);
		if (answer.get("customFields") instanceof List<?> custom) {
			for (Object item : custom) {
				if (item instanceof Map<?, ?> field && field.get("id") != null && !"opportunity".equals(field.get("model"))) {
					fields.add(new RemoteField(GoHighLevelContacts.CUSTOM + field.get("id"), String.valueOf(field.get("name")),
							String.valueOf(field.get("dataType")).toLowerCase(java.util.Locale.ROOT), true));
				}
			}
		}
		return List.copyOf(fields);
	}

	/** Owners (HighLevel user ids) and types (lead, customer) do not match ours one to one: left to the editor. */
	@Override
	public Map<String, String> defaultMapping() {
		return DEFAULT_MAPPING;
	}

	private static Map<String, String> defaultMapping(LinkedHashMap<String, String> mapping) {
		mapping.put("email", "email");
		mapping.put("firstName", "firstName");
		mapping.put("lastName", "lastName");
		mapping.put("phone", "phone");
		mapping.put("company", "companyName");
		mapping.put("ownerEmail", GoHighLevelFieldValues.OWNER);
		mapping.put("lifecycle", GoHighLevelFieldValues.TYPE);
		return Collections.unmodifiableMap(mapping);
	}
}
