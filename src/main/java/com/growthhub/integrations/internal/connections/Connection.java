package com.growthhub.integrations.internal.connections;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.vault.SecretId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** An organization's connection to one provider; its tokens are in the vault under the secret ids. */
public record Connection(UUID id, OrganizationId organization, Provider provider, ConnectionStatus status,
		SyncDirection direction, boolean syncDeletions, @Nullable UUID connectedBy, Instant connectedAt,
		@Nullable String accountId, @Nullable String accountName, SecretId accessSecret, @Nullable SecretId refreshSecret,
		@Nullable Instant tokenExpiresAt, @Nullable String instanceUrl, Map<String, String> settings,
		List<FieldMapping> mapping, boolean imported, @Nullable Instant syncedUntil, @Nullable Instant pushedUntil,
		@Nullable Instant lastSyncAt, @Nullable String lastError, int failedRuns, boolean pushDeletions,
		@Nullable Instant deletionsPushedUntil) {

	/** Who the audit trail names for what a sync changes: the connection, not a person. */
	public Actor actor() {
		return new Actor.Integration(provider.key() + ":" + id);
	}

	/** The platform name contacts' external ids use for this provider. */
	public String platform() {
		return provider == Provider.GOHIGHLEVEL ? "GHL" : provider.name();
	}

	public boolean pushes() {
		return direction == SyncDirection.BOTH;
	}

	/** Contacts trashed here are deleted at the provider: only when pushing both ways and opted in. */
	public boolean pushesDeletions() {
		return pushes() && pushDeletions;
	}
}
