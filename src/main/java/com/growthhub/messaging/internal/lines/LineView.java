package com.growthhub.messaging.internal.lines;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line as the API and the pages show it. */
public record LineView(UUID id, UUID assignedUserId, @Nullable String phoneNumber, @Nullable String emailAddress,
		String displayName, @Nullable UUID pictureFileId, LineStatus status, @Nullable String failure,
		Instant provisioningSubmittedAt, @Nullable Instant estimatedReadyAt, @Nullable Instant activatedAt,
		BillingType billingType, int dailyNewConversationsLimit, int dailyMessagesLimit, Instant createdAt) {

	public boolean active() {
		return status == LineStatus.ACTIVE;
	}
}
