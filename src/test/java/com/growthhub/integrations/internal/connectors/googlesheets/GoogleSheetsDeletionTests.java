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

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.ProviderStub;

/** Deletions pushed to a sheet: the rows whose key matches, by deleteDimension, highest row first. */
class GoogleSheetsDeletionTests {

	private final GoogleSheetFixture fixture = new GoogleSheetFixture();

	private final ProviderStub google = this.fixture.google;

	private final GoogleSheetsConnector connector = this.fixture.connector;

	@BeforeEach
	void sheet() {
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values:batchGet"))
			.withQueryParam("ranges", havingExactly("'Leads 2024'!A1:ZZ1"))
			.willReturn(okJson("{\"valueRanges\":[{\"range\":\"'Leads 2024'!A1:ZZ1\",\"majorDimension\":\"ROWS\","
					+ "\"values\":[[\"Email\",\"growthhub_id\"]]}]}")));
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID + "/values:batchGet"))
			.withQueryParam("ranges", havingExactly("'Leads 2024'!B:B"))
			.willReturn(okJson("{\"valueRanges\":[{\"range\":\"'Leads 2024'!B1:B6\",\"majorDimension\":\"ROWS\","
					+ "\"values\":[[\"growthhub_id\"],[\"k1\"],[],[\"k3\"],[\"k4\"],[\"k5\"]]}]}")));
		this.google.server.stubFor(get(urlPathEqualTo("/v4/spreadsheets/" + ID))
			.withQueryParam("fields", equalTo("properties.title,sheets.properties"))
			.willReturn(okJson("""
					{"properties":{"title":"Leads"},"sheets":[
					 {"properties":{"sheetId":0,"title":"Sheet1","index":0,"sheetType":"GRID"}},
					 {"properties":{"sheetId":1718274019,"title":"Leads 2024","index":1,"sheetType":"GRID"}}]}
					""")));
	}

	@AfterEach
	void stop() {
		this.fixture.close();
	}

	@Test
	void deletesTheKeyedRowsHighestFirstAndCountsAMissingRowAsDeleted() {
		this.google.server.stubFor(post(urlEqualTo("/v4/spreadsheets/" + ID + ":batchUpdate"))
			.withHeader("Authorization", equalTo("Bearer ya29.a0AfH6SMBfake"))
			.willReturn(okJson("{\"spreadsheetId\":\"" + ID + "\",\"replies\":[{},{}]}")));

		List<DeleteResult> results = this.connector.delete(SHEET, List.of("k1", "k5", "k9"));

		assertThat(results).extracting(DeleteResult::succeeded).containsExactly(true, true, true);
		this.google.server.verify(1, postRequestedFor(urlEqualTo("/v4/spreadsheets/" + ID + ":batchUpdate"))
			.withRequestBody(equalToJson("""
					{"requests":[
					 {"deleteDimension":{"range":{"sheetId":1718274019,"dimension":"ROWS","startIndex":5,"endIndex":6}}},
					 {"deleteDimension":{"range":{"sheetId":1718274019,"dimension":"ROWS","startIndex":1,"endIndex":2}}}]}
					""")));
	}

	@Test
	void aRefusedBatchUpdateFailsTheRowsItCarriedAndIsNotRepeated() {
		this.google.server.stubFor(post(urlEqualTo("/v4/spreadsheets/" + ID + ":batchUpdate"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error":{"code":400,"message":"Invalid requests[0].deleteDimension: You can't delete all the rows on the sheet.",
					 "status":"INVALID_ARGUMENT"}}
					""")));

		List<DeleteResult> results = this.connector.delete(SHEET, List.of("k3", "k9"));

		assertThat(results).extracting(DeleteResult::succeeded).containsExactly(false, true);
		assertThat(results.get(0).error()).contains("400").contains("delete all the rows");
		this.google.server.verify(1, postRequestedFor(urlEqualTo("/v4/spreadsheets/" + ID + ":batchUpdate")));
	}
}
