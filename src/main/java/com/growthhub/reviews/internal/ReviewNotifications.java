package com.growthhub.reviews.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.messaging.Notifications;
import com.growthhub.shared.OrganizationId;

/** A new review at or below the low-rating threshold goes to every manager, admin and owner, once per review. */
@Component
class ReviewNotifications {

	private final Notifications notifications;
	private final Members members;

	ReviewNotifications(Notifications notifications, Members members) {
		this.notifications = notifications;
		this.members = members;
	}

	void lowRating(OrganizationId organization, ReviewView review) {
		List<Notifications.Recipient> managers = members.list(organization).stream()
			.filter(member -> member.role().atLeast(Role.MANAGER))
			.map(member -> new Notifications.Recipient(member.userId(), member.email()))
			.toList();
		if (managers.isEmpty()) {
			return;
		}
		String who = review.reviewerName() == null ? "Someone" : review.reviewerName();
		String excerpt = review.text() == null ? "" : ": \"" + abbreviate(review.text()) + "\"";
		notifications.sendOnce("review-low-rating:" + review.id(), organization, managers,
				ReviewNotificationTypes.LOW_RATING,
				review.rating() + "-star review of " + review.locationName() + " by " + who,
				who + " rated " + review.locationName() + " " + review.rating() + " of 5" + excerpt,
				"/reviews/" + review.id());
	}

	private static String abbreviate(String text) {
		return text.length() <= 160 ? text : text.substring(0, 157) + "…";
	}
}
