package com.growthhub.integrations.internal.connectors;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a connector calls the provider with: the access (or private-app) token, the API host where the provider
 * assigns one (Salesforce's instance URL), and the connection's settings (a Google spreadsheet and sheet, a
 * GoHighLevel location, Salesforce's objects). Opened from the vault for one call and never stored in this form.
 */
public record ProviderCredentials(String accessToken, @Nullable String instanceUrl, Map<String, String> settings) {

	@Override
	public String toString() {
		return "ProviderCredentials[accessToken=****, instanceUrl=" + instanceUrl + ", settings=" + settings + "]";
	}
}
