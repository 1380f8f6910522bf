package com.growthhub.contacts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.ConversationContacts;
import com.growthhub.shared.OrganizationId;

/** Contacts as conversations on a line see them; deleted contacts are not found. */
@Component
class ContactsForConversations implements ConversationContacts {

	private static final String COLUMNS = """
			id, trim(first_name || ' ' || coalesce(last_name, '')) as name, phone, email
			""";

	private final JdbcClient jdbc;

	ContactsForConversations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ConversationContact> find(OrganizationId organization, UUID contactId) {
		return jdbc.sql("select " + COLUMNS + " from contacts where organization_id = ? and id = ? and deleted_at is null")
			.params(organization.value(), contactId)
			.query(ConversationContact.class)
			.optional();
	}

	@Override
	public Optional<ConversationContact> findByPhone(OrganizationId organization, String phone) {
		return jdbc.sql("select " + COLUMNS + """
				from contacts where organization_id = ? and phone = ? and deleted_at is null
				order by updated_at desc, id desc limit 1
				""").params(organization.value(), phone).query(ConversationContact.class).optional();
	}
}
