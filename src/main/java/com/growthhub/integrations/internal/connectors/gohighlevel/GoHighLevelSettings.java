package com.growthhub.integrations.internal.connectors.gohighlevel;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's HighLevel marketplace app ({@code GROWTHHUB_INTEGRATIONS_GOHIGHLEVEL_CLIENT_ID}, {@code _CLIENT_SECRET})
 * and the public keys HighLevel signs its webhooks with: the RSA key of {@code x-wh-signature}
 * ({@code webhook-public-key}) and the Ed25519 key of {@code x-ghl-signature} ({@code webhook-ed25519-public-key}),
 * as PEM, copied from HighLevel's webhook documentation. Without a client id, location private integration tokens
 * still work.
 */
@ConfigurationProperties("growthhub.integrations.gohighlevel")
public record GoHighLevelSettings(@Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://services.leadconnectorhq.com") String baseUrl,
		@DefaultValue("https://marketplace.gohighlevel.com/oauth/chooselocation") String authorizeUrl,
		@Nullable String webhookPublicKey, @Nullable String webhookEd25519PublicKey) {

	boolean configured() {
		return this.clientId != null && !this.clientId.isBlank() && this.clientSecret != null
				&& !this.clientSecret.isBlank();
	}

	@Override
	public String toString() {
		return "GoHighLevelSettings[clientId=" + this.clientId + ", clientSecret="
				+ (this.clientSecret == null ? "unset" : "****") + ", baseUrl=" + this.baseUrl + "]";
	}
}
