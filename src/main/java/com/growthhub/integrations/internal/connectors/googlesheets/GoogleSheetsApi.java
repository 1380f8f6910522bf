package com.growthhub.integrations.internal.connectors.googlesheets;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.providerhttp.ProviderCall;
import com.growthhub.integrations.internal.providerhttp.ProviderClient;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;
import com.growthhub.integrations.internal.providerhttp.RateLimit;

/**
 * The Sheets API v4 values resource, paced by Google's quota of 60 requests per minute per user (read and write
 * quotas are counted apart by Google; one bucket for both keeps well inside).
 */
@Component
class GoogleSheetsApi {

	static final RateLimit REQUESTS = RateLimit.of("Google Sheets", 60, Duration.ofMinutes(1));

	static final String SPREADSHEET = "spreadsheetId";

	static final String SHEET = "sheet";

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private final ProviderClient client;

	GoogleSheetsApi(ProviderClients clients, GoogleSheetsSettings settings) {
		this.client = clients.client("Google Sheets", settings.baseUrl());
	}

	Map<String, Object> properties(ProviderCredentials credentials) {
		return this.client.send(call(credentials, "read the spreadsheet"), rest -> rest.get()
			.uri("/v4/spreadsheets/{id}?fields={fields}", spreadsheetId(credentials), "properties.title,sheets.properties")
			.headers(h -> h.setBearerAuth(credentials.accessToken())), OBJECT);
	}

	/** The cells of several ranges, each a list of rows (trailing empty rows and cells left out, as Google does). */
	List<List<List<String>>> values(ProviderCredentials credentials, String purpose, String... ranges) {
		Map<String, Object> answer = this.client.send(call(credentials, purpose), rest -> rest.get()
			.uri(uri -> {
				uri.path("/v4/spreadsheets/{id}/values:batchGet");
				for (int i = 0; i < ranges.length; i++) {
					uri.queryParam("ranges", "{range" + i + "}");
				}
				Map<String, Object> variables = new java.util.HashMap<>();
				variables.put("id", spreadsheetId(credentials));
				for (int i = 0; i < ranges.length; i++) {
					variables.put("range" + i, ranges[i]);
				}
				return uri.build(variables);
			})
			.headers(h -> h.setBearerAuth(credentials.accessToken())), OBJECT);
		List<List<List<String>>> result = new java.util.ArrayList<>();
		Object valueRanges = answer.get("valueRanges");
		for (Object range : valueRanges instanceof List<?> list ? list : List.of()) {
			result.add(rows(range instanceof Map<?, ?> map ? map.get("values") : null));
		}
		while (result.size() < ranges.length) {
			result.add(List.of());
		}
		return result;
	}

	/** Writes cells as they are ({@code RAW}: a leading = stays text); null cells are left as they were. */
	void update(ProviderCredentials credentials, String purpose, List<Map<String, Object>> data) {
		this.client.send(call(credentials, purpose), rest -> rest.post()
			.uri("/v4/spreadsheets/{id}/values:batchUpdate", spreadsheetId(credentials))
			.headers(h -> h.setBearerAuth(credentials.accessToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("valueInputOption", "RAW", "data", data)), OBJECT);
	}

	/** Adds rows after the sheet's last row with data. Not repeated after a server error: rows may have landed. */
	void append(ProviderCredentials credentials, String purpose, String range, List<List<@Nullable String>> rows) {
		ProviderCall call = ProviderCall.of(purpose, credentials.accessToken(), false, REQUESTS);
		this.client.send(call, rest -> rest.post()
			.uri("/v4/spreadsheets/{id}/values/{range}:append?valueInputOption=RAW&insertDataOption=INSERT_ROWS",
					spreadsheetId(credentials), range)
			.headers(h -> h.setBearerAuth(credentials.accessToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("majorDimension", "ROWS", "values", rows)), OBJECT);
	}

	/**
	 * Structural changes ({@code spreadsheets:batchUpdate}), applied in order and all or none. Never repeated after a
	 * server error: row deletions name rows by position, and a second run would delete the rows that moved up.
	 */
	void batchUpdate(ProviderCredentials credentials, String purpose, List<Map<String, Object>> requests) {
		ProviderCall call = ProviderCall.of(purpose, credentials.accessToken(), false, REQUESTS);
		this.client.send(call, rest -> rest.post()
			.uri("/v4/spreadsheets/{id}:batchUpdate", spreadsheetId(credentials))
			.headers(h -> h.setBearerAuth(credentials.accessToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("requests", requests)), OBJECT);
	}

	/** One range of a {@code values:batchUpdate}: a row of cells. */
	static Map<String, Object> valueRange(String range, List<@Nullable String> cells) {
		return Map.of("range", range, "majorDimension", "ROWS", "values", List.of(cells));
	}

	static String spreadsheetId(ProviderCredentials credentials) {
		String id = credentials.settings().get(SPREADSHEET);
		if (id == null || id.isBlank()) {
			throw new ProviderFailureException("This Google Sheets connection names no spreadsheet; set its id on the card");
		}
		return id;
	}

	static String sheet(ProviderCredentials credentials) {
		String sheet = credentials.settings().get(SHEET);
		return sheet == null || sheet.isBlank() ? "Sheet1" : sheet;
	}

	private static ProviderCall call(ProviderCredentials credentials, String purpose) {
		return ProviderCall.of(purpose, credentials.accessToken(), true, REQUESTS);
	}

	private static List<List<String>> rows(@Nullable Object values) {
		List<List<String>> rows = new java.util.ArrayList<>();
		if (values instanceof List<?> list) {
			for (Object row : list) {
				rows.add(row instanceof List<?> cells ? cells.stream().map(cell -> cell == null ? "" : String.valueOf(cell)).toList()
						: List.of());
			}
		}
		return rows;
	}
}
