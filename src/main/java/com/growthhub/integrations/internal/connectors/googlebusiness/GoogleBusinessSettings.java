package com.growthhub.integrations.internal.connectors.googlebusiness;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's Google OAuth client for Business Profile ({@code GROWTHHUB_INTEGRATIONS_GOOGLE_BUSINESS_CLIENT_ID},
 * {@code _CLIENT_SECRET}); the URLs default to Google's. Without a client the card says what to set, and with no
 * connection a sync answers "not connected".
 *
 * @param baseUrl the v4 API with the reviews resource
 * @param accountsUrl the Account Management API, read to prove a connection works
 */
@ConfigurationProperties("growthhub.integrations.google-business")
public record GoogleBusinessSettings(@Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://mybusiness.googleapis.com") String baseUrl,
		@DefaultValue("https://mybusinessaccountmanagement.googleapis.com") String accountsUrl,
		@DefaultValue("https://accounts.google.com/o/oauth2/v2/auth") String authorizeUrl,
		@DefaultValue("https://oauth2.googleapis.com") String tokenUrl) {

	boolean configured() {
		return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
	}

	@Override
	public String toString() {
		return "GoogleBusinessSettings[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "unset" : "****")
				+ ", baseUrl=" + baseUrl + "]";
	}
}
