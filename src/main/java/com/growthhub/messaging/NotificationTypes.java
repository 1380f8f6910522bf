package com.growthhub.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Implemented by each module that notifies people: the types it sends, in the order people see them among their
 * notification preferences. Messaging learns a module's types from this bean and nothing else.
 */
public interface NotificationTypes {

	List<NotificationType> notificationTypes();

	/**
	 * Those of its types that also arrive by email until the recipient chooses otherwise (money decisions, say); the
	 * others arrive in the app only.
	 */
	default Set<NotificationType> emailedByDefault() {
		return Set.of();
	}

	/**
	 * The email template (a key of the email template catalog) of those of its types that have one of their own, with
	 * the variables the module passes as details; the others are emailed with the generic {@code notification} template.
	 */
	default Map<NotificationType, String> emailTemplates() {
		return Map.of();
	}
}
