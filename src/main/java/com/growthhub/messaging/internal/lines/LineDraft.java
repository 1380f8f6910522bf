package com.growthhub.messaging.internal.lines;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A new line as a person or a program describes it; limits default to the settings. */
public record LineDraft(UUID assignedUserId, @Nullable String phoneNumber, @Nullable String emailAddress,
		String displayName, @Nullable UUID pictureFileId, @Nullable Integer dailyNewConversationsLimit,
		@Nullable Integer dailyMessagesLimit) {

	public LineDraft {
		phoneNumber = phoneNumber == null || phoneNumber.isBlank() ? null : phoneNumber.strip();
		emailAddress = emailAddress == null || emailAddress.isBlank() ? null : emailAddress.strip().toLowerCase(Locale.ROOT);
		displayName = displayName.strip();
	}
}
