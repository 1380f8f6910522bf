package com.growthhub.integrations.internal.connectors.hubspot;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's HubSpot app ({@code GROWTHHUB_INTEGRATIONS_HUBSPOT_CLIENT_ID}, {@code _CLIENT_SECRET}); the URLs
 * default to HubSpot's and change only for tests and sandboxes. The client secret also signs HubSpot's webhooks.
 */
@ConfigurationProperties("growthhub.integrations.hubspot")
public record HubSpotSettings(@Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://api.hubapi.com") String baseUrl,
		@DefaultValue("https://app.hubspot.com/oauth/authorize") String authorizeUrl) {

	boolean configured() {
		return this.clientId != null && !this.clientId.isBlank() && this.clientSecret != null
				&& !this.clientSecret.isBlank();
	}

	@Override
	public String toString() {
		return "HubSpotSettings[clientId=" + this.clientId + ", clientSecret=" + (this.clientSecret == null ? "unset" : "****")
				+ ", baseUrl=" + this.baseUrl + "]";
	}
}
