package com.growthhub.eventplanning.internal;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** Events remind their owner and their member attendees before they start; the label is in messages/eventplanning.properties. */
@Component
@Order(30)
class EventNotificationTypes implements NotificationTypes {

	static final NotificationType EVENT_REMINDER = new NotificationType("event_reminder");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(EVENT_REMINDER);
	}
}
