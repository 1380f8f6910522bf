package com.growthhub.integrations.internal.connectors.googlesheets;

import static com.growthhub.integrations.internal.connectors.googlesheets.GoogleSheetFixture.ID;
import static com.growthhub.integrations.internal.connectors.googlesheets.GoogleSheetFixture.SHEET;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.growthhub.integrations.internal.connectors.Connector.AuthorizationRequest;
import com.growthhub.integrations.internal.connectors.Connector.IssuedTokens;
import com.growthhub.integrations.internal.connectors.ExternalRecord;
import com.growthhub.integrations.internal.connectors.OutboundRecord;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderStub;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;
import com.growthhub.integrations.internal.connectors.WriteResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GoogleSheetsConnectorTests {

	private final GoogleSheetFixture fixture = new GoogleSheetFixture();

	private final ProviderStub google = this.fixture.google;

	private final GoogleSheetsConnector connector = this.fixture.connector;

	@AfterEach
	void stop() {
		this.fixture.close();
	}

	@Test
	void addsTheKeyColumnAndKeysEveryRowWithoutOne() {
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values:batchGet"))
			.withQueryParam("ranges", havingExactly("'Leads 2024'!A1:ZZ1", "'Leads 2024'!A2:ZZ101"))
			.withHeader("Authorization", equalTo("Bearer ya29.a0AfH6SMBfake"))
			.willReturn(okJson("""
					{"spreadsheetId":"%s","valueRanges":[
					 {"range":"'Leads 2024'!A1:ZZ1","majorDimension":"ROWS","values":[["Email","First name"]]},
					 {"range":"'Leads 2024'!A2:ZZ101","majorDimension":"ROWS","values":[["ada@example.com","Ada"],[],["alan@example.com","Alan"]]}]}
					""".formatted(ID))));
		this.google.server.stubFor(post(urlEqualTo("/v4/spreadsheets/" + ID + "/values:batchUpdate"))
			.willReturn(okJson("{\"spreadsheetId\":\"%s\",\"totalUpdatedRows\":3,\"totalUpdatedCells\":3}".formatted(ID))));

		RecordPage page = this.connector.read(SHEET, new ReadRequest(null, Instant.parse("2024-01-01T00:00:00Z"), List.of(), 100));

		assertThat(page.nextCursor()).isNull();
		assertThat(page.records()).extracting(ExternalRecord::fields)
			.containsExactly(Map.of("Email", "ada@example.com", "First name", "Ada"),
					Map.of("Email", "alan@example.com", "First name", "Alan"));
		JsonNode update = body(this.google.server.findAll(postRequestedFor(urlEqualTo("/v4/spreadsheets/" + ID + "/values:batchUpdate"))).getFirst());
		assertThat(update.path("valueInputOption").asString()).isEqualTo("RAW");
		JsonNode data = update.path("data");
		assertThat(data.path(0).path("range").asString()).isEqualTo("'Leads 2024'!C1");
		assertThat(data.path(0).path("values").path(0).path(0).asString()).isEqualTo("growthhub_id");
		assertThat(data.path(1).path("range").asString()).isEqualTo("'Leads 2024'!C2");
		assertThat(data.path(2).path("range").asString()).isEqualTo("'Leads 2024'!C4");
		assertThat(page.records()).extracting(ExternalRecord::externalId)
			.containsExactly(data.path(1).path("values").path(0).path(0).asString(), data.path(2).path("values").path(0).path(0).asString());
	}

	@Test
	void pagesByRowsAndWritesNothingWhenEveryRowHasItsKey() {
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values:batchGet"))
			.withQueryParam("ranges", havingExactly("'Leads 2024'!A1:ZZ1", "'Leads 2024'!A2:ZZ3"))
			.willReturn(okJson("""
					{"spreadsheetId":"%s","valueRanges":[{"values":[["growthhub_id","Email"]]},
					 {"values":[["k1","a@example.com"],["k2","b@example.com"]]}]}
					""".formatted(ID))));
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values:batchGet"))
			.withQueryParam("ranges", havingExactly("'Leads 2024'!A1:ZZ1", "'Leads 2024'!A4:ZZ5"))
			.willReturn(okJson("""
					{"spreadsheetId":"%s","valueRanges":[{"values":[["growthhub_id","Email"]]},{"values":[["k3","c@example.com"]]}]}
					""".formatted(ID))));

		RecordPage first = this.connector.read(SHEET, new ReadRequest(null, null, List.of(), 2));
		RecordPage second = this.connector.read(SHEET, new ReadRequest(first.nextCursor(), null, List.of(), 2));

		assertThat(first.nextCursor()).isEqualTo("4");
		assertThat(second.nextCursor()).isNull();
		assertThat(second.records()).extracting(ExternalRecord::externalId).containsExactly("k3");
		this.google.server.verify(0, postRequestedFor(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values:batchUpdate")));
	}

	@Test
	void updatesKnownRowsAppendsNewOnesAndAddsMissingColumns() {
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values:batchGet"))
			.withQueryParam("ranges", havingExactly("'Leads 2024'!A1:ZZ1"))
			.willReturn(okJson("{\"valueRanges\":[{\"values\":[[\"Email\",\"growthhub_id\"]]}]}")));
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values:batchGet"))
			.withQueryParam("ranges", havingExactly("'Leads 2024'!B:B"))
			.willReturn(okJson("{\"valueRanges\":[{\"values\":[[\"growthhub_id\"],[\"k1\"],[],[\"k3\"]]}]}")));
		this.google.server.stubFor(post(urlEqualTo("/v4/spreadsheets/" + ID + "/values:batchUpdate")).willReturn(okJson("{}")));
		this.google.server.stubFor(post(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values/%27Leads%202024%27%21A1%3AZZ:append"))
			.withQueryParam("valueInputOption", equalTo("RAW"))
			.withQueryParam("insertDataOption", equalTo("INSERT_ROWS"))
			.willReturn(okJson("""
					{"spreadsheetId":"%s","tableRange":"'Leads 2024'!A1:C4",
					 "updates":{"spreadsheetId":"%s","updatedRange":"'Leads 2024'!A5:C5","updatedRows":1,"updatedColumns":3,"updatedCells":3}}
					""".formatted(ID, ID))));
		UUID known = UUID.randomUUID();
		UUID fresh = UUID.randomUUID();
		UUID gone = UUID.randomUUID();

		List<WriteResult> results = this.connector.write(SHEET, List.of(
				new OutboundRecord(known, "k3", Map.of("Email", "grace@example.com", "Company", "Navy")),
				new OutboundRecord(fresh, null, Map.of("Email", "new@example.com")),
				new OutboundRecord(gone, "k9", Map.of("Email", "gone@example.com"))));

		assertThat(results.get(0)).isEqualTo(new WriteResult(known, "k3", null));
		assertThat(results.get(1).externalId()).isNotBlank();
		assertThat(results.get(2).error()).contains("no longer in the sheet");
		this.google.server.verify(postRequestedFor(urlEqualTo("/v4/spreadsheets/" + ID + "/values:batchUpdate"))
			.withRequestBody(equalToJson("""
					{"valueInputOption":"RAW","data":[{"range":"'Leads 2024'!A1:C1","majorDimension":"ROWS","values":[[null,null,"Company"]]}]}
					""")));
		this.google.server.verify(postRequestedFor(urlEqualTo("/v4/spreadsheets/" + ID + "/values:batchUpdate"))
			.withRequestBody(equalToJson("""
					{"valueInputOption":"RAW","data":[{"range":"'Leads 2024'!A4:C4","majorDimension":"ROWS","values":[["grace@example.com",null,"Navy"]]}]}
					""")));
		this.google.server.verify(postRequestedFor(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values/%27Leads%202024%27%21A1%3AZZ:append"))
			.withRequestBody(equalToJson("""
					{"majorDimension":"ROWS","values":[["new@example.com","%s",""]]}
					""".formatted(results.get(1).externalId()))));
	}

	@Test
	void asksForOfflineAccessAndExchangesTheCodeWithItsVerifier() {
		this.google.server.stubFor(post(urlEqualTo("/token"))
			.withFormParam("grant_type", equalTo("authorization_code"))
			.withFormParam("code", equalTo("4/0AX4XfWh"))
			.withFormParam("code_verifier", equalTo("verifier-g"))
			.withFormParam("redirect_uri", equalTo("https://crm.example.com/cb"))
			.willReturn(okJson("""
					{"access_token":"ya29.new","expires_in":3599,"refresh_token":"1//0gRefresh",
					 "scope":"https://www.googleapis.com/auth/spreadsheets","token_type":"Bearer"}
					""")));

		IssuedTokens tokens = this.connector.exchange("4/0AX4XfWh", "verifier-g", URI.create("https://crm.example.com/cb"));
		URI authorize = this.connector.authorizeUrl(new AuthorizationRequest("st", "ch", URI.create("https://crm.example.com/cb")));

		assertThat(tokens.refreshToken()).isEqualTo("1//0gRefresh");
		assertThat(tokens.expiresInSeconds()).isEqualTo(3599);
		assertThat(authorize.toString()).startsWith("https://accounts.google.com/o/oauth2/v2/auth?client_id=client.apps.googleusercontent.com")
			.contains("access_type=offline&prompt=consent")
			.contains("scope=https://www.googleapis.com/auth/spreadsheets");
	}

	@Test
	void testsThatTheSpreadsheetHasTheSheet() {
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID))
			.withQueryParam("fields", equalTo("properties.title,sheets.properties"))
			.willReturn(okJson("""
					{"properties":{"title":"Trade show leads"},
					 "sheets":[{"properties":{"sheetId":0,"title":"Leads 2024","index":0,"sheetType":"GRID",
					  "gridProperties":{"rowCount":1000,"columnCount":26}}}]}
					""")));

		assertThat(this.connector.test(SHEET).displayName()).isEqualTo("Trade show leads › Leads 2024");
		ProviderCredentials otherSheet = new ProviderCredentials("ya29.a0AfH6SMBfake", null, Map.of("spreadsheetId", ID, "sheet", "2025"));
		assertThatThrownBy(() -> this.connector.test(otherSheet)).isInstanceOf(ProviderFailureException.class)
			.hasMessageContaining("no sheet named \"2025\"");
	}

	@Test
	void answersUnauthorizedWhenTheTokenExpired() {
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID)).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}
					""")));

		assertThatThrownBy(() -> this.connector.test(SHEET)).isInstanceOf(ProviderUnauthorizedException.class);
	}

	@Test
	void explainsAMissingSpreadsheetInGooglesWords() {
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values:batchGet")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND"}}
					""")));

		assertThatThrownBy(() -> this.connector.fields(SHEET)).isInstanceOf(ProviderFailureException.class)
			.hasMessageContaining("Requested entity was not found.");
	}

	private static JsonNode body(LoggedRequest request) {
		return JsonMapper.shared().readTree(request.getBodyAsString());
	}

	@Test
	void mapsTheOwnerAndTheLifecycleToPlainColumns() {
		assertThat(this.connector.defaultMapping()).containsEntry("ownerEmail", "Owner email").containsEntry("lifecycle", "Lifecycle");
	}
}
