package com.growthhub.integrations.internal.connectors.googlesheets;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's Google OAuth client ({@code GROWTHHUB_INTEGRATIONS_GOOGLE_SHEETS_CLIENT_ID}, {@code _CLIENT_SECRET});
 * the URLs default to Google's.
 */
@ConfigurationProperties("growthhub.integrations.google-sheets")
public record GoogleSheetsSettings(@Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://sheets.googleapis.com") String baseUrl,
		@DefaultValue("https://accounts.google.com/o/oauth2/v2/auth") String authorizeUrl,
		@DefaultValue("https://oauth2.googleapis.com") String tokenUrl) {

	boolean configured() {
		return this.clientId != null && !this.clientId.isBlank() && this.clientSecret != null
				&& !this.clientSecret.isBlank();
	}

	@Override
	public String toString() {
		return "GoogleSheetsSettings[clientId=" + this.clientId + ", clientSecret="
				+ (this.clientSecret == null ? "unset" : "****") + ", baseUrl=" + this.baseUrl + "]";
	}
}
