package com.growthhub.contacts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.ConversationContacts;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Contacts as conversations on a line see them; deleted contacts are not found. */
@Component
class ContactsForConversations implements ConversationContacts {

	private static final String COLUMNS = """
			id, trim(first_name || ' ' || coalesce(last_name, '')) as name, phone, email
			""";

	private final JdbcClient jdbc;
	private final Contacts contacts;

	ContactsForConversations(JdbcClient jdbc, Contacts contacts) {
		this.jdbc = jdbc;
		this.contacts = contacts;
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

	/**
	 * Created through the contact service (checks, event, audit) as the line's member, since a contact needs a person
	 * who created it; only the fields a text tells are required, the number standing in for the name until someone
	 * learns it.
	 */
	@Override
	public Optional<ConversationContact> leadFromText(OrganizationId organization, UUID ownerId, String phone) {
		Map<String, Object> fields = Map.of("type", "lead", "firstName", phone, "phone", phone, "source", "SMS", "ownerId",
				ownerId.toString());
		try {
			UUID id = contacts.createCaptured(organization, new Actor.User(ownerId), new HashMap<>(fields),
					List.copyOf(fields.keySet())).id();
			return find(organization, id);
		}
		catch (InvalidContactException ex) {
			return Optional.empty();
		}
	}
}
