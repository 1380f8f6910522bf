package com.growthhub.integrations.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.integrations.internal.connections.Connection;
import com.growthhub.integrations.internal.connections.ConnectionStatus;
import com.growthhub.integrations.internal.connections.ProviderCard;
import com.growthhub.integrations.internal.connections.SyncDirection;
import com.growthhub.integrations.internal.connectors.Connector.ConnectionSetting;

/**
 * A provider and its connection as the API answers them. Tokens never appear: only that one is set and its last four
 * characters. {@code connectWith} is {@code oauth}, {@code token} or {@code oauth_or_token};
 * {@code configurationVariables} lists what an installation sets to offer a provider it is not configured for.
 */
record IntegrationResponse(String provider, boolean configured, String connectWith, List<ConnectionSetting> settingFields,
		@Nullable List<String> configurationVariables, @Nullable ConnectionResponse connection) {

	record ConnectionResponse(UUID id, ConnectionStatus status, SyncDirection direction, boolean syncDeletions,
			@Nullable UUID connectedBy, Instant connectedAt, @Nullable String accountId, @Nullable String accountName,
			TokenHint token, @Nullable Instant lastSyncAt, @Nullable String lastError, Map<String, String> settings,
			boolean imported, boolean pushDeletions) {

		static ConnectionResponse of(Connection c, @Nullable String lastFour) {
			return new ConnectionResponse(c.id(), c.status(), c.direction(), c.syncDeletions(), c.connectedBy(),
					c.connectedAt(), c.accountId(), c.accountName(), new TokenHint(true, lastFour == null || lastFour.isEmpty() ? null : lastFour),
					c.lastSyncAt(), c.lastError(), c.settings(), c.imported(), c.pushDeletions());
		}
	}

	record TokenHint(boolean set, @Nullable String lastFour) {
	}

	static IntegrationResponse of(ProviderCard card) {
		return new IntegrationResponse(card.provider().key(), card.configured(),
				card.usesOAuth() && !card.acceptsToken() ? "oauth" : card.usesOAuth() ? "oauth_or_token" : "token",
				card.settings(), card.configured() ? null : card.configurationVariables(),
				card.connection() == null ? null : ConnectionResponse.of(card.connection(), card.tokenHint()));
	}
}
