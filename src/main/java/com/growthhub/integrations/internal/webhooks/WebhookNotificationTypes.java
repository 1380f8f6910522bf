package com.growthhub.integrations.internal.webhooks;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** Owners hear that a webhook was disabled after failing deliveries, in the app and by email. */
@Component
@Order(60)
class WebhookNotificationTypes implements NotificationTypes {

	static final NotificationType DISABLED = new NotificationType("webhook_disabled");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(DISABLED);
	}

	/** Another system stops hearing from this one until somebody acts: worth an email. */
	@Override
	public Set<NotificationType> emailedByDefault() {
		return Set.of(DISABLED);
	}
}
