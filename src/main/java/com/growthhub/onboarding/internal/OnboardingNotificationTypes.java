package com.growthhub.onboarding.internal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** The agency hears when a client completes onboarding; labels in messages/onboarding.properties. */
@Component
@Order(50)
class OnboardingNotificationTypes implements NotificationTypes {

	static final NotificationType COMPLETED = new NotificationType("onboarding_completed");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(COMPLETED);
	}

	/** A client waits for the agency to start the work: by email too, until a person turns that off. */
	@Override
	public Set<NotificationType> emailedByDefault() {
		return Set.of(COMPLETED);
	}
}
