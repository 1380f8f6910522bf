package com.growthhub.messaging;

import java.util.List;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * In-app notifications: the bell's count updates live, and each recipient's preferences decide whether
 * a type also arrives by email. Call it inside the transaction that causes the notification: nothing is
 * shown or sent if that transaction rolls back.
 */
public interface Notifications {

	/** The title is clipped to 200 characters here, for the bell and the email alike; callers pass it whole. */
	void send(OrganizationId organization, List<Recipient> recipients, NotificationType type, String title, String body,
			String link);

	/**
	 * Whether a notification of this type with this link already went to the recipient's in-app list, for a sender
	 * that must notify once (an event listener that may see its event again). Call it in the sending transaction.
	 */
	boolean sent(OrganizationId organization, UUID recipient, NotificationType type, String link);

	/** Who gets it; the email is used only when their preferences ask for email. */
	record Recipient(UUID userId, String email) {
	}
}
