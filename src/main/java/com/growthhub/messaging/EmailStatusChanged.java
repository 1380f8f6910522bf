package com.growthhub.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * An email to a contact was queued or moved on (sent, delivered, opened, clicked, failed, bounced, complained,
 * suppressed), so the contact's timeline can show it. Reports can arrive out of order: {@code at} tells which is
 * newer.
 *
 * @param status the API's spelling: {@code pending}, {@code sent}, {@code delivered}, …
 */
@DomainEvent
public record EmailStatusChanged(OrganizationId organizationId, UUID messageId, UUID contactId, String subject,
		String status, int openCount, int clickCount, Instant at) {
}
