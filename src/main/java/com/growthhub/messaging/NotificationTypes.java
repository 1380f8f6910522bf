package com.growthhub.messaging;

import java.util.List;

/**
 * Implemented by each module that notifies people: the types it sends, in the order people see them among their
 * notification preferences. Messaging learns a module's types from this bean and nothing else.
 */
public interface NotificationTypes {

	List<NotificationType> notificationTypes();
}
