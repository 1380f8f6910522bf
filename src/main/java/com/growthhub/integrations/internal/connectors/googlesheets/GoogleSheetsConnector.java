package com.growthhub.integrations.internal.connectors.googlesheets;

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
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;
import com.growthhub.integrations.internal.providerhttp.OAuthTokenEndpoint;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;

/**
 * One sheet of a Google spreadsheet as a contact list, through the Sheets API v4 with Google OAuth (offline access,
 * so a refresh token comes back; consent asked each time, so it comes back on a reconnect too). The columns are the
 * header row; see {@link GoogleSheetsReader} for the row keys and increments.
 */
@Component
class GoogleSheetsConnector implements Connector {

	static final String SCOPE = "https://www.googleapis.com/auth/spreadsheets";

	private static final Map<String, String> DEFAULT_MAPPING = defaultMapping(new LinkedHashMap<>());

	private final GoogleSheetsSettings settings;

	private final GoogleSheetsApi api;

	private final GoogleSheetsReader reader;

	private final GoogleSheetsWriter writer;

	private final GoogleSheetsRowDeleter deleter;

	private final OAuthTokenEndpoint tokens;

	GoogleSheetsConnector(GoogleSheetsSettings settings, GoogleSheetsApi api, GoogleSheetsReader reader,
			GoogleSheetsWriter writer, ProviderClients clients) {
		this.settings = settings;
		this.api = api;
		this.reader = reader;
		this.writer = writer;
		this.deleter = new GoogleSheetsRowDeleter(api);
		this.tokens = new OAuthTokenEndpoint(clients, "Google", settings.tokenUrl(), "/token",
				OAuthTokenEndpoint.clientFields(settings.clientId(), settings.clientSecret()));
	}

	@Override
	public Provider provider() {
		return Provider.GOOGLE_SHEETS;
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
		return List.of(
				new ConnectionSetting(GoogleSheetsApi.SPREADSHEET, "Spreadsheet id",
						"The long id in the spreadsheet's address, between /d/ and /edit", true),
				new ConnectionSetting(GoogleSheetsApi.SHEET, "Sheet", "The tab to sync; Sheet1 when empty", false));
	}

	@Override
	public URI authorizeUrl(AuthorizationRequest request) {
		return UriComponentsBuilder.fromUriString(this.settings.authorizeUrl())
			.queryParam("client_id", this.settings.clientId())
			.queryParam("redirect_uri", request.redirectUri())
			.queryParam("response_type", "code")
			.queryParam("scope", SCOPE)
			.queryParam("access_type", "offline")
			.queryParam("prompt", "consent")
			.queryParam("include_granted_scopes", "true")
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

	/** Proves the spreadsheet opens and has the sheet. */
	@Override
	public AccountInfo test(ProviderCredentials credentials) {
		Map<String, Object> spreadsheet = this.api.properties(credentials);
		String sheet = GoogleSheetsApi.sheet(credentials);
		Object title = spreadsheet.get("properties") instanceof Map<?, ?> properties ? properties.get("title") : null;
		boolean found = spreadsheet.get("sheets") instanceof List<?> sheets && sheets.stream()
			.anyMatch(item -> item instanceof Map<?, ?> map && map.get("properties") instanceof Map<?, ?> properties
					&& sheet.equals(properties.get("title")));
		if (!found) {
			throw new ProviderFailureException("The spreadsheet \"" + title + "\" has no sheet named \"" + sheet + "\"");
		}
		return new AccountInfo(GoogleSheetsApi.spreadsheetId(credentials), title + " › " + sheet);
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

	/** The header row's names (the key column aside); an empty sheet has none until the first export writes them. */
	@Override
	public List<RemoteField> fields(ProviderCredentials credentials) {
		SheetRange range = new SheetRange(GoogleSheetsApi.sheet(credentials));
		List<List<String>> header = this.api.values(credentials, "read the header row", range.headerRow()).getFirst();
		return (header.isEmpty() ? List.<String>of() : header.getFirst()).stream()
			.map(String::strip)
			.filter(name -> !name.isEmpty() && !name.equals(GoogleSheetsReader.KEY))
			.distinct()
			.map(name -> new RemoteField(name, name, "text", false))
			.toList();
	}

	/** Column names as a person would write them; a sheet's own headers are mapped in the editor. */
	@Override
	public Map<String, String> defaultMapping() {
		return DEFAULT_MAPPING;
	}

	private static Map<String, String> defaultMapping(LinkedHashMap<String, String> mapping) {
		mapping.put("email", "Email");
		mapping.put("firstName", "First name");
		mapping.put("lastName", "Last name");
		mapping.put("phone", "Phone");
		mapping.put("company", "Company");
		mapping.put("jobTitle", "Job title");
		// Plain columns: the owner's email, and the lifecycle as GrowthHub's keys (target, contact, plug, lead, client).
		mapping.put("ownerEmail", "Owner email");
		mapping.put("lifecycle", "Lifecycle");
		return Collections.unmodifiableMap(mapping);
	}
}
