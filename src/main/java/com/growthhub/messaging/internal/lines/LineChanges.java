package com.growthhub.messaging.internal.lines;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a PATCH changes; a null field stays as it is. The phone number is bought with the line and never changes. */
public record LineChanges(@Nullable UUID assignedUserId, @Nullable String emailAddress, @Nullable String displayName,
		@Nullable UUID pictureFileId, @Nullable Integer dailyNewConversationsLimit, @Nullable Integer dailyMessagesLimit) {

	LineView applyTo(LineView line) {
		return new LineView(line.id(), assignedUserId != null ? assignedUserId : line.assignedUserId(), line.phoneNumber(),
				emailAddress != null ? (emailAddress.isBlank() ? null : emailAddress.strip().toLowerCase(Locale.ROOT))
						: line.emailAddress(),
				displayName != null ? displayName.strip() : line.displayName(),
				pictureFileId != null ? pictureFileId : line.pictureFileId(), line.status(), line.failure(),
				line.provisioningSubmittedAt(), line.estimatedReadyAt(), line.activatedAt(), line.billingType(),
				dailyNewConversationsLimit != null ? dailyNewConversationsLimit : line.dailyNewConversationsLimit(),
				dailyMessagesLimit != null ? dailyMessagesLimit : line.dailyMessagesLimit(), line.createdAt());
	}
}
