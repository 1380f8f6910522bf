package com.growthhub.messaging;

import java.util.regex.Pattern;

/**
 * What a notification is about, e.g. {@code deal_won}. The module that sends it declares it (see
 * {@link NotificationTypes}) with its label {@code notifications.type.<key>} in its own message bundle; people choose
 * per type whether it shows in the app and comes by email.
 */
public record NotificationType(String key) {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z_]{0,39}");

	public NotificationType {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("A notification type is 1-40 lower-case letters and underscores: " + key);
		}
	}

	@Override
	public String toString() {
		return key;
	}
}
