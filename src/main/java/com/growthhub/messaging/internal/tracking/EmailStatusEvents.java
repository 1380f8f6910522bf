package com.growthhub.messaging.internal.tracking;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.EmailStatusChanged;
import com.growthhub.shared.OrganizationId;

/**
 * Publishes {@link EmailStatusChanged} for a message addressed to a contact, inside the transaction that changed it
 * (the event publication registry delivers it after commit, even after a crash). Messages to no contact publish
 * nothing: only contacts have a timeline.
 */
@Component
public class EmailStatusEvents {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	EmailStatusEvents(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	private record Row(UUID organizationId, UUID contactId, String subject, String status, int openCount,
			int clickCount, Instant at) {
	}

	public void changed(UUID messageId) {
		jdbc.sql("""
				select organization_id, contact_id, subject, status, open_count, click_count,
				  coalesce(status_changed_at, created_at) as at
				from email_messages where id = ? and contact_id is not null and organization_id is not null
				""")
			.param(messageId)
			.query(Row.class)
			.optional()
			.ifPresent(row -> events.publishEvent(new EmailStatusChanged(OrganizationId.of(row.organizationId()),
					messageId, row.contactId(), row.subject(), row.status().toLowerCase(Locale.ROOT), row.openCount(),
					row.clickCount(), row.at())));
	}
}
