package com.growthhub.integrations.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.integrations.internal.connections.FieldMapping;
import com.growthhub.integrations.internal.connections.SyncDirection;
import com.growthhub.integrations.internal.sync.SyncMode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of {@code /api/v1/integrations}. */
final class IntegrationRequests {

	private IntegrationRequests() {
	}

	/**
	 * A token for token providers; nothing (or a redirect URI of the caller's) to start an OAuth sign-in.
	 * CallTrackingMetrics takes {@code accessKey} and {@code secretKey} instead of a token, and
	 * {@code settings.accountId}.
	 */
	record ConnectRequest(@Nullable @Size(max = 2000) String token, @Nullable @Size(max = 2000) String redirectUri,
			@Nullable @Size(max = 500) String accessKey, @Nullable @Size(max = 500) String secretKey,
			@Nullable Map<String, @Size(max = 500) String> settings) {

		/** The token, or for a key pair the {@code key:secret} Basic credential the vault keeps. */
		@Nullable String credential() {
			if (accessKey != null || secretKey != null) {
				return keyPair(accessKey, secretKey);
			}
			return token;
		}

		Map<String, String> givenSettings() {
			return settings == null ? Map.of() : settings;
		}
	}

	/** Both halves are required; a colon would make the pair ambiguous in the Basic credential. */
	static String keyPair(@Nullable String accessKey, @Nullable String secretKey) {
		if (accessKey == null || accessKey.isBlank() || accessKey.contains(":")) {
			throw com.growthhub.integrations.internal.connections.IntegrationInputException.field("accessKey",
					"must be the access key CallTrackingMetrics issued");
		}
		if (secretKey == null || secretKey.isBlank()) {
			throw com.growthhub.integrations.internal.connections.IntegrationInputException.field("secretKey",
					"must be the secret key CallTrackingMetrics issued");
		}
		return accessKey.strip() + ":" + secretKey.strip();
	}

	record AuthorizeResponse(String authorizeUrl) {
	}

	record MappingsBody(@NotNull @Size(max = 200) List<@Valid @NotNull FieldMapping> items) {
	}

	/**
	 * {@code syncDeletions}: a deletion there trashes the contact here. {@code pushDeletions}: a contact trashed here is
	 * deleted there (with direction both); absent keeps the current choice.
	 */
	record SettingsRequest(@NotNull SyncDirection direction, boolean syncDeletions,
			@Nullable Map<String, @Size(max = 500) String> settings, @Nullable Boolean pushDeletions) {
	}

	record SyncRequest(@Nullable SyncMode mode) {
	}
}
