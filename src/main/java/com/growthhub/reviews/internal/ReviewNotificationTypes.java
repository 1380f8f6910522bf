package com.growthhub.reviews.internal;

import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** Managers hear of low ratings, in the app and by email; labels in messages/reviews.properties. */
@Component
@Order(60)
class ReviewNotificationTypes implements NotificationTypes {

	static final NotificationType LOW_RATING = new NotificationType("review_low_rating");

	@Override
	public List<NotificationType> notificationTypes() {
		return List.of(LOW_RATING);
	}

	/** An unhappy customer in public is worth an email until a person turns it off. */
	@Override
	public Set<NotificationType> emailedByDefault() {
		return Set.of(LOW_RATING);
	}
}
