package com.growthhub.messaging.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.messaging.internal.lines.LineChanges;
import com.growthhub.messaging.internal.lines.LineDraft;
import com.growthhub.messaging.internal.lines.LineView;
import com.growthhub.platform.web.NotFoundException;

/** The line form of Settings › Lines; blank limits take the defaults. */
record LineForm(@Nullable UUID assignedUserId, @Nullable String phoneNumber, @Nullable String emailAddress,
		@Nullable String displayName, @Nullable Integer dailyNewConversationsLimit, @Nullable Integer dailyMessagesLimit) {

	static LineForm empty() {
		return new LineForm(null, null, null, null, null, null);
	}

	static LineForm of(LineView line) {
		return new LineForm(line.assignedUserId(), line.phoneNumber(), line.emailAddress(), line.displayName(),
				line.dailyNewConversationsLimit(), line.dailyMessagesLimit());
	}

	LineDraft toDraft() {
		if (assignedUserId == null) {
			throw NotFoundException.of("The member");
		}
		return new LineDraft(assignedUserId, phoneNumber, emailAddress, displayName == null ? "" : displayName, null,
				dailyNewConversationsLimit, dailyMessagesLimit);
	}

	LineChanges toChanges() {
		return new LineChanges(assignedUserId, emailAddress == null ? "" : emailAddress,
				displayName == null || displayName.isBlank() ? null : displayName, null, dailyNewConversationsLimit,
				dailyMessagesLimit);
	}
}
