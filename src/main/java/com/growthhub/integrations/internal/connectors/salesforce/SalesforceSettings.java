package com.growthhub.integrations.internal.connectors.salesforce;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's Salesforce connected app ({@code GROWTHHUB_INTEGRATIONS_SALESFORCE_CLIENT_ID}, {@code _CLIENT_SECRET});
 * {@code login-url} is {@code https://test.salesforce.com} for sandboxes. API calls go to each connection's instance URL.
 */
@ConfigurationProperties("growthhub.integrations.salesforce")
public record SalesforceSettings(@Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://login.salesforce.com") String loginUrl, @DefaultValue("v62.0") String apiVersion) {

	boolean configured() {
		return this.clientId != null && !this.clientId.isBlank() && this.clientSecret != null
				&& !this.clientSecret.isBlank();
	}

	String dataPath() {
		return "/services/data/" + this.apiVersion;
	}

	@Override
	public String toString() {
		return "SalesforceSettings[clientId=" + this.clientId + ", clientSecret="
				+ (this.clientSecret == null ? "unset" : "****") + ", loginUrl=" + this.loginUrl + "]";
	}
}
