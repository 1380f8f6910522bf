package com.growthhub.integrations.internal.connectors.googlesheets;

import java.util.Map;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderStub;

/** A Google Sheets connector wired to a WireMock stand-in for Google, and the sheet the tests connect to. */
final class GoogleSheetFixture implements AutoCloseable {

	static final String ID = "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms";

	static final ProviderCredentials SHEET = new ProviderCredentials("ya29.a0AfH6SMBfake", null,
			Map.of("spreadsheetId", ID, "sheet", "Leads 2024"));

	final ProviderStub google = new ProviderStub();

	final GoogleSheetsSettings settings = new GoogleSheetsSettings("client.apps.googleusercontent.com", "client-secret",
			this.google.baseUrl(), "https://accounts.google.com/o/oauth2/v2/auth", this.google.baseUrl());

	final GoogleSheetsApi api = new GoogleSheetsApi(this.google.clients, this.settings);

	final GoogleSheetsConnector connector = new GoogleSheetsConnector(this.settings, this.api,
			new GoogleSheetsReader(this.api), new GoogleSheetsWriter(this.api), this.google.clients);

	@Override
	public void close() {
		this.google.close();
	}
}
