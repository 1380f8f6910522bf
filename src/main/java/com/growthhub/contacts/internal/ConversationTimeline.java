package com.growthhub.contacts.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.ConversationMessageRecorded;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Every message of a conversation on a line appears on the contact's timeline, once (keyed by
 * {@code payload.messageId}, since an event may be delivered twice), as an {@code sms} or {@code email} entry.
 */
@Component
class ConversationTimeline {

	private final JdbcClient jdbc;

	private final Interactions interactions;

	private final TenantTransactions transactions;

	ConversationTimeline(JdbcClient jdbc, Interactions interactions, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.interactions = interactions;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(ConversationMessageRecorded event) {
		transactions.run(event.organizationId(), new Actor.Job("conversation-timeline"), () -> {
			String type = "email".equals(event.channel()) ? "email" : "sms";
			boolean known = jdbc.sql("""
					select exists (select 1 from interactions where organization_id = ? and contact_id = ? and type = ?
					  and payload ->> 'messageId' = ?)
					""").params(event.organizationId().value(), event.contactId(), type, event.messageId().toString())
				.query(Boolean.class).single();
			boolean contactExists = jdbc.sql("select exists (select 1 from contacts where organization_id = ? and id = ?)")
				.params(event.organizationId().value(), event.contactId()).query(Boolean.class).single();
			if (!known && contactExists) {
				interactions.record(event.organizationId().value(), event.contactId(), type, event.text(), event.at(),
						Map.of("messageId", event.messageId().toString(), "conversationId", event.conversationId().toString(),
								"lineId", event.lineId().toString(), "direction", event.direction()),
						null);
			}
		});
	}
}
