package com.growthhub.contacts.internal;

import java.sql.Timestamp;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.EmailStatusChanged;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

import tools.jackson.databind.json.JsonMapper;

/**
 * An email to a contact appears on the contact's timeline as one {@code email} interaction, whose status, open and
 * click counts follow the email. Reports can come out of order and twice: a report older than what the entry shows
 * changes nothing, and one entry per message is kept (keyed by {@code payload.messageId}).
 */
@Component
class EmailTimeline {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Interactions interactions;

	private final TenantTransactions transactions;

	EmailTimeline(JdbcClient jdbc, Interactions interactions, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.interactions = interactions;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(EmailStatusChanged event) {
		transactions.run(event.organizationId(), new Actor.Job("email-timeline"), () -> {
			Map<String, Object> payload = Map.of("messageId", event.messageId().toString(), "subject", event.subject(),
					"status", event.status(), "openCount", event.openCount(), "clickCount", event.clickCount(),
					"statusAt", event.at().toString());
			int updated = jdbc.sql("""
					update interactions set payload = cast(:payload as jsonb)
					where organization_id = :org and contact_id = :contact and type = 'email'
					  and payload ->> 'messageId' = :message
					  and (payload ->> 'statusAt') is not null and cast(payload ->> 'statusAt' as timestamptz) <= :at
					""")
				.param("payload", JSON.writeValueAsString(payload))
				.param("org", event.organizationId().value())
				.param("contact", event.contactId())
				.param("message", event.messageId().toString())
				.param("at", Timestamp.from(event.at()))
				.update();
			boolean exists = updated > 0 || jdbc.sql("""
					select exists (select 1 from interactions where organization_id = ? and contact_id = ? and type = 'email'
					  and payload ->> 'messageId' = ?)
					""").params(event.organizationId().value(), event.contactId(), event.messageId().toString())
				.query(Boolean.class).single();
			boolean contactExists = jdbc.sql("select exists (select 1 from contacts where organization_id = ? and id = ?)")
				.params(event.organizationId().value(), event.contactId()).query(Boolean.class).single();
			if (!exists && contactExists) {
				interactions.record(event.organizationId().value(), event.contactId(), "email", event.subject(),
						event.at(), payload, null);
			}
		});
	}
}
