package com.growthhub.tasks.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/**
 * Mentions in task comments, rush jobs and documents for a client to review (both come by email too); labels in
 * messages/tasks.properties.
 */
@Component
@Order(60)
class TaskNotificationTypes implements NotificationTypes {

	static final NotificationType MENTION = new NotificationType("task_mention");
	static final NotificationType RUSH_JOB = new NotificationType("rush_job");
	static final NotificationType DOCUMENT_REVIEW = new NotificationType("document_review");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(MENTION, RUSH_JOB, DOCUMENT_REVIEW);
	}

	/** A rush job cannot wait for somebody to open the app; a client reviewing a document may seldom open it. */
	@Override
	public Set<NotificationType> emailedByDefault() {
		return Set.of(RUSH_JOB, DOCUMENT_REVIEW);
	}

	@Override
	public Map<NotificationType, String> emailTemplates() {
		return Map.of(RUSH_JOB, "rush-job", DOCUMENT_REVIEW, "document-review");
	}
}
