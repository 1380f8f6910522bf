package com.growthhub.forms.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** The people a form names hear of each submission, in the app and by email; labels in messages/forms.properties. */
@Component
@Order(40)
class FormNotificationTypes implements NotificationTypes {

	static final NotificationType SUBMISSION = new NotificationType("form_submission");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(SUBMISSION);
	}

	/** A lead waits on a reply: it comes by email too until a person turns that off. */
	@Override
	public Set<NotificationType> emailedByDefault() {
		return Set.of(SUBMISSION);
	}

	@Override
	public Map<NotificationType, String> emailTemplates() {
		return Map.of(SUBMISSION, "form-submission");
	}
}
