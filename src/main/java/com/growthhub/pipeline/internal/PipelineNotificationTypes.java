package com.growthhub.pipeline.internal;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** What the pipeline tells people about; labels are in messages/pipeline.properties. */
@Component
@Order(10)
class PipelineNotificationTypes implements NotificationTypes {

	static final NotificationType PLUG_SUBMITTED = new NotificationType("plug_submitted");
	static final NotificationType DEAL_ASSIGNED = new NotificationType("deal_assigned");
	static final NotificationType DEAL_WON = new NotificationType("deal_won");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(PLUG_SUBMITTED, DEAL_ASSIGNED, DEAL_WON);
	}
}
