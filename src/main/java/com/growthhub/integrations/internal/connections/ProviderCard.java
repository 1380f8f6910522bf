package com.growthhub.integrations.internal.connections;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.growthhub.integrations.internal.connectors.Connector.ConnectionSetting;
import com.growthhub.integrations.internal.connectors.Provider;

/**
 * A provider as the settings page and {@code GET /integrations} show it: whether the installation is configured for it
 * (else the variables to set), how one connects, and the live connection if there is one.
 */
public record ProviderCard(Provider provider, boolean configured, boolean usesOAuth, boolean acceptsToken,
		List<ConnectionSetting> settings, List<String> configurationVariables, @Nullable Connection connection,
		@Nullable String tokenHint) {

	static List<String> variables(Provider provider, boolean oauth) {
		String prefix = "GROWTHHUB_INTEGRATIONS_" + provider.name() + "_";
		return oauth ? List.of(prefix + "CLIENT_ID", prefix + "CLIENT_SECRET", prefix + "BASE_URL")
				: List.of(prefix + "BASE_URL");
	}
}
