package com.growthhub.tasks.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** Mentions in task comments, and rush jobs (which come by email too); labels in messages/tasks.properties. */
@Component
@Order(60)
class TaskNotificationTypes implements NotificationTypes {

	static final NotificationType MENTION = new NotificationType("task_mention");
	static final NotificationType RUSH_JOB = new NotificationType("rush_job");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(MENTION, RUSH_JOB);
	}

	/** A rush job cannot wait for somebody to open the app. */
	@Override
	public Set<NotificationType> emailedByDefault() {
		return Set.of(RUSH_JOB);
	}

	@Override
	public Map<NotificationType, String> emailTemplates() {
		return Map.of(RUSH_JOB, "rush-job");
	}
}
