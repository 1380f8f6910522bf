package com.growthhub.dataio.internal;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** Imports tell the person who started them when they are done; the label is in messages/dataio.properties. */
@Component
@Order(30)
class ImportNotificationTypes implements NotificationTypes {

	static final NotificationType IMPORT_FINISHED = new NotificationType("import_finished");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(IMPORT_FINISHED);
	}
}
