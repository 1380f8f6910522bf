package com.growthhub.messaging.internal.lines;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** What a line's fields must look like, checked for the API and the settings form alike (400 when they do not). */
record LineRules() {

	private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	static void check(@Nullable String phoneNumber, @Nullable String emailAddress, String displayName,
			int newConversationsLimit, int messagesLimit) {
		if (phoneNumber != null && !E164.matcher(phoneNumber).matches()) {
			throw LineRefusedException.invalid("The phone number must be in E.164 form, like +15551234567.");
		}
		if (emailAddress != null && (emailAddress.length() > 254 || !EMAIL.matcher(emailAddress).matches())) {
			throw LineRefusedException.invalid("The email address is not one.");
		}
		if (displayName.isBlank() || displayName.length() > 120) {
			throw LineRefusedException.invalid("A line needs a display name of at most 120 characters.");
		}
		if (newConversationsLimit < 1 || newConversationsLimit > 100_000 || messagesLimit < 1 || messagesLimit > 1_000_000) {
			throw LineRefusedException.invalid(
					"Daily limits are at least 1, at most 100,000 new conversations and 1,000,000 messages.");
		}
	}
}
