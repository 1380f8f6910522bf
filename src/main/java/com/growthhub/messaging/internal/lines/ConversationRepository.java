package com.growthhub.messaging.internal.lines;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

@Repository
class ConversationRepository {

	private static final String COLUMNS = "id, line_id, contact_id, channel, created_at, last_message_at";

	private static final String MESSAGE_COLUMNS = """
			id, conversation_id, direction, body, status, from_address, to_address, author_id, last_error, sent_at, created_at
			""";

	private final JdbcClient jdbc;

	ConversationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ConversationView> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from conversations where organization_id = ? and id = ?")
			.params(organization.value(), id).query(ConversationView.class).optional();
	}

	/** The thread of the line with the contact on the channel, and whether this call opened it. */
	Opened open(OrganizationId organization, UUID line, UUID contact, Channel channel, @Nullable UUID createdBy) {
		Optional<UUID> created = jdbc.sql("""
				insert into conversations (id, organization_id, line_id, contact_id, channel, created_by)
				values (?, ?, ?, ?, ?, ?) on conflict (line_id, contact_id, channel) do nothing returning id
				""").params(Ids.next(), organization.value(), line, contact, channel.name(), createdBy)
			.query(UUID.class).optional();
		UUID id = created.orElseGet(() -> jdbc.sql("""
				select id from conversations where organization_id = ? and line_id = ? and contact_id = ? and channel = ?
				""").params(organization.value(), line, contact, channel.name()).query(UUID.class).single());
		return new Opened(find(organization, id).orElseThrow(), created.isPresent());
	}

	record Opened(ConversationView conversation, boolean isNew) {
	}

	List<ConversationView> list(OrganizationId organization, @Nullable UUID line, @Nullable UUID contact,
			@Nullable PageCursor after, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from conversations
				where organization_id = :org and (cast(:line as uuid) is null or line_id = :line)
				  and (cast(:contact as uuid) is null or contact_id = :contact)
				  and (cast(:at as timestamptz) is null or (last_message_at, id) < (:at, :after))
				order by last_message_at desc, id desc limit :limit
				""")
			.param("org", organization.value())
			.param("line", line)
			.param("contact", contact)
			.param("at", after == null ? null : java.sql.Timestamp.from(after.instant()))
			.param("after", after == null ? null : after.id())
			.param("limit", limit)
			.query(ConversationView.class)
			.list();
	}

	List<MessageView> messages(OrganizationId organization, UUID conversation) {
		return jdbc.sql("select " + MESSAGE_COLUMNS + """
				 from conversation_messages where organization_id = ? and conversation_id = ? order by created_at, id
				""").params(organization.value(), conversation).query(MessageView.class).list();
	}

	MessageView insertMessage(OrganizationId organization, UUID conversation, MessageView.Direction direction, String body,
			MessageView.MessageStatus status, String from, String to, @Nullable UUID author, @Nullable String providerId,
			@Nullable UUID emailMessageId) {
		UUID id = Ids.next();
		jdbc.sql("""
				insert into conversation_messages (id, organization_id, conversation_id, direction, body, status,
				  from_address, to_address, author_id, provider_id, email_message_id, sent_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end)
				""").params(id, organization.value(), conversation, direction.name(), body, status.name(), from, to, author,
				providerId, emailMessageId, status == MessageView.MessageStatus.SENT).update();
		jdbc.sql("update conversations set last_message_at = now() where organization_id = ? and id = ?")
			.params(organization.value(), conversation).update();
		return jdbc.sql("select " + MESSAGE_COLUMNS + " from conversation_messages where id = ?").param(id)
			.query(MessageView.class).single();
	}

	boolean knownProviderMessage(String providerId) {
		return jdbc.sql("select exists (select 1 from conversation_messages where provider_id = ? and direction = 'INBOUND')").param(providerId)
			.query(Boolean.class).single();
	}
}
