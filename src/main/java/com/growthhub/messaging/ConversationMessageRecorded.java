package com.growthhub.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * A message was written to or received from a contact in a conversation on a line, for the contact's timeline.
 *
 * @param channel {@code sms} or {@code email}
 * @param direction {@code outbound} or {@code inbound}
 */
@DomainEvent
public record ConversationMessageRecorded(OrganizationId organizationId, UUID conversationId, UUID messageId,
		UUID contactId, UUID lineId, String channel, String direction, String text, Instant at) {
}
