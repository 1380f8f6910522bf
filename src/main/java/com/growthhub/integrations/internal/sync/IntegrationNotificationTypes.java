package com.growthhub.integrations.internal.sync;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** A connection that paused itself after failing again and again; by email too, since nothing syncs until someone acts. */
@Component
@Order(40)
class IntegrationNotificationTypes implements NotificationTypes {

	static final NotificationType PAUSED = new NotificationType("integration_paused");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(PAUSED);
	}

	@Override
	public Set<NotificationType> emailedByDefault() {
		return Set.of(PAUSED);
	}
}
