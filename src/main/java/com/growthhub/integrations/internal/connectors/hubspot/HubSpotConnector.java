package com.growthhub.integrations.internal.connectors.hubspot;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
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
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.AccountDetails;
import com.growthhub.integrations.internal.connectors.hubspot.HubSpotObjects.PropertyList;
import com.growthhub.integrations.internal.providerhttp.OAuthTokenEndpoint;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;

/**
 * HubSpot through its CRM v3 API, signed in with OAuth (a public app) or a private app's access token. The owner
 * mapping needs {@link HubSpotOwners}; the webhooks are {@link HubSpotWebhook}.
 */
@Component
class HubSpotConnector implements Connector {

	static final String SCOPES = "crm.objects.contacts.read crm.objects.contacts.write crm.schemas.contacts.read "
			+ "crm.objects.owners.read oauth";

	private static final Map<String, String> DEFAULT_MAPPING = defaultMapping(new LinkedHashMap<>());

	private final HubSpotSettings settings;

	private final HubSpotApi api;

	private final HubSpotContactReader reader;

	private final HubSpotContactWriter writer;

	private final HubSpotFieldValues values;
	private final HubSpotContactArchiver archiver;

	private final OAuthTokenEndpoint tokens;

	HubSpotConnector(HubSpotSettings settings, HubSpotApi api, HubSpotContactReader reader, HubSpotContactWriter writer,
			HubSpotFieldValues values, ProviderClients clients) {
		this.settings = settings;
		this.api = api;
		this.reader = reader;
		this.writer = writer;
		this.values = values;
		this.archiver = new HubSpotContactArchiver(api);
		this.tokens = new OAuthTokenEndpoint(clients, "HubSpot", settings.baseUrl(), "/oauth/v1/token",
				OAuthTokenEndpoint.clientFields(settings.clientId(), settings.clientSecret()));
	}

	@Override
	public Provider provider() {
		return Provider.HUBSPOT;
	}

	@Override
	public boolean configured() {
		return this.settings.configured();
	}

	@Override
	public boolean usesOAuth() {
		return true;
	}

	/** A private app's access token works like an OAuth one, without the refresh. */
	@Override
	public boolean acceptsToken() {
		return true;
	}

	@Override
	public URI authorizeUrl(AuthorizationRequest request) {
		return UriComponentsBuilder.fromUriString(this.settings.authorizeUrl())
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
		AccountDetails details = this.api.get(credentials, "read the account details",
				rest -> rest.get().uri("/account-info/v3/details"), new ParameterizedTypeReference<AccountDetails>() {
				});
		String portal = Long.toString(details.portalId());
		return new AccountInfo(portal, "HubSpot account " + portal);
	}

	@Override
	public RecordPage read(ProviderCredentials credentials, ReadRequest request) {
		return this.values.inbound(credentials, this.reader.read(credentials, request));
	}

	@Override
	public List<WriteResult> write(ProviderCredentials credentials, List<OutboundRecord> records) {
		return this.writer.write(credentials, this.values.outbound(credentials, records));
	}

	@Override
	public List<DeleteResult> delete(ProviderCredentials credentials, List<String> externalIds) {
		return this.archiver.delete(credentials, externalIds);
	}

	@Override
	public List<RemoteField> fields(ProviderCredentials credentials) {
		PropertyList properties = this.api.get(credentials, "list contact properties",
				rest -> rest.get().uri("/crm/v3/properties/contacts"), new ParameterizedTypeReference<PropertyList>() {
				});
		return properties.results()
			.stream()
			.filter(property -> !Boolean.TRUE.equals(property.hidden()) && !Boolean.TRUE.equals(property.archived()))
			.map(property -> new RemoteField(property.name(), property.label(), property.type(),
					!Boolean.TRUE.equals(property.hubspotDefined())))
			.toList();
	}

	/** The owner's email here is {@code hubspot_owner_id} there, the lifecycle the stage: see {@link HubSpotFieldValues}. */
	@Override
	public Map<String, String> defaultMapping() {
		return DEFAULT_MAPPING;
	}

	private static Map<String, String> defaultMapping(LinkedHashMap<String, String> mapping) {
		mapping.put("email", "email");
		mapping.put("firstName", "firstname");
		mapping.put("lastName", "lastname");
		mapping.put("phone", "phone");
		mapping.put("company", "company");
		mapping.put("jobTitle", "jobtitle");
		mapping.put("ownerEmail", HubSpotFieldValues.OWNER);
		mapping.put("lifecycle", HubSpotFieldValues.STAGE);
		return Collections.unmodifiableMap(mapping);
	}
}
