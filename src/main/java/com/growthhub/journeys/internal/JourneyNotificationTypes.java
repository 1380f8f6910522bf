package com.growthhub.journeys.internal;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** Journeys remind the assignees of steps due today; the label is in messages/journeys.properties. */
@Component
@Order(20)
class JourneyNotificationTypes implements NotificationTypes {

	static final NotificationType JOURNEY_STEP_DUE = new NotificationType("journey_step_due");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(JOURNEY_STEP_DUE);
	}
}
