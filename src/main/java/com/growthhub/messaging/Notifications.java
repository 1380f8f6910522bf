package com.growthhub.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * In-app notifications: the bell's count updates live, and each recipient's preferences decide whether
 * a type also arrives by email. Call it inside the transaction that causes the notification: nothing is
 * shown or sent if that transaction rolls back.
 */
public interface Notifications {

	/** The title is clipped to 200 characters here, for the bell and the email alike; callers pass it whole. */
	default void send(OrganizationId organization, List<Recipient> recipients, NotificationType type, String title,
			String body, String link) {
		send(organization, recipients, type, title, body, link, Map.of());
	}

	/**
	 * With details: the variables of the type's own email template ({@link NotificationTypes#emailTemplates}) beside
	 * title, body and link, which every template may use.
	 */
	void send(OrganizationId organization, List<Recipient> recipients, NotificationType type, String title, String body,
			String link, Map<String, String> details);

	/**
	 * Sends as {@link #send} once per {@code occasion}: an event listener, which runs again when its event is
	 * republished after a crash, names what it reacts to (e.g. {@code deal-won:<dealId>:<time>}) so that people
	 * are not notified twice. Answers whether it sent.
	 */
	default boolean sendOnce(String occasion, OrganizationId organization, List<Recipient> recipients,
			NotificationType type, String title, String body, String link) {
		return sendOnce(occasion, organization, recipients, type, title, body, link, Map.of());
	}

	/** {@link #sendOnce} with the details of {@link #send(OrganizationId, List, NotificationType, String, String, String, Map)}. */
	boolean sendOnce(String occasion, OrganizationId organization, List<Recipient> recipients, NotificationType type,
			String title, String body, String link, Map<String, String> details);

	/** Who gets it; the email is used only when their preferences ask for email. */
	record Recipient(UUID userId, String email) {
	}
}
