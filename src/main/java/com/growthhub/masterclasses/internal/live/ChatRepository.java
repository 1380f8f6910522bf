package com.growthhub.masterclasses.internal.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

/** The chat messages and mutes of a masterclass's live room; every statement runs in the organization's transaction. */
@Repository
class ChatRepository {

	private static final String COLUMNS = """
			id, registration_id, author_name, body, is_question, answered_at, pinned, media_seconds, created_at, deleted_at""";

	private final JdbcClient jdbc;

	ChatRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ChatMessage insert(OrganizationId organization, UUID masterclassId, @Nullable UUID registrationId,
			@Nullable UUID authorUserId, String authorName, String body, boolean question, int mediaSeconds) {
		return jdbc.sql("insert into masterclass_chat_messages (organization_id, masterclass_id, registration_id, "
				+ "author_user_id, author_name, body, is_question, media_seconds) values (?, ?, ?, ?, ?, ?, ?, ?) returning "
				+ COLUMNS)
			.params(organization.value(), masterclassId, registrationId, authorUserId, authorName, body, question, mediaSeconds)
			.query(ChatRepository::message).single();
	}

	/** The newest messages, newest first, before a keyset position; deleted ones only for staff. */
	List<ChatMessage> page(OrganizationId organization, UUID masterclassId, @Nullable Instant beforeAt,
			@Nullable UUID beforeId, int limit, boolean withDeleted) {
		return jdbc.sql("select " + COLUMNS + """
				 from masterclass_chat_messages
				where organization_id = :org and masterclass_id = :class
				  and (:deleted or deleted_at is null)
				  and (cast(:at as timestamptz) is null or (created_at, id) < (cast(:at as timestamptz), cast(:id as uuid)))
				order by created_at desc, id desc limit :limit
				""")
			.param("org", organization.value()).param("class", masterclassId).param("deleted", withDeleted)
			.param("at", beforeAt == null ? null : Timestamp.from(beforeAt)).param("id", beforeId).param("limit", limit)
			.query(ChatRepository::message).list();
	}

	/** The whole chat in media order, for the replay. */
	List<ChatMessage> byMediaTime(OrganizationId organization, UUID masterclassId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from masterclass_chat_messages where organization_id = ? and masterclass_id = ?"
				+ " and deleted_at is null order by media_seconds, id limit ?")
			.params(organization.value(), masterclassId, limit).query(ChatRepository::message).list();
	}

	Optional<ChatMessage> find(OrganizationId organization, UUID masterclassId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from masterclass_chat_messages where organization_id = ? and masterclass_id = ? and id = ?")
			.params(organization.value(), masterclassId, id).query(ChatRepository::message).optional();
	}

	void delete(OrganizationId organization, UUID id, UUID by) {
		jdbc.sql("update masterclass_chat_messages set deleted_at = coalesce(deleted_at, now()), deleted_by = coalesce(deleted_by, ?)"
				+ " where organization_id = ? and id = ?").params(by, organization.value(), id).update();
	}

	void pin(OrganizationId organization, UUID masterclassId, UUID id, boolean pinned) {
		// One pinned message at a time: pinning another unpins the last.
		if (pinned) {
			jdbc.sql("update masterclass_chat_messages set pinned = false where organization_id = ? and masterclass_id = ? and pinned")
				.params(organization.value(), masterclassId).update();
		}
		jdbc.sql("update masterclass_chat_messages set pinned = ? where organization_id = ? and id = ?")
			.params(pinned, organization.value(), id).update();
	}

	void markQuestion(OrganizationId organization, UUID id, boolean question, boolean answered) {
		jdbc.sql("update masterclass_chat_messages set is_question = ?, answered_at = case when ? then coalesce(answered_at, now())"
				+ " end where organization_id = ? and id = ?").params(question || answered, answered, organization.value(), id).update();
	}

	boolean muted(OrganizationId organization, UUID masterclassId, UUID registrationId) {
		return jdbc.sql("select exists (select 1 from masterclass_mutes where organization_id = ? and masterclass_id = ? and registration_id = ?)")
			.params(organization.value(), masterclassId, registrationId).query(Boolean.class).single();
	}

	/** False when the registration is not one of this masterclass's. */
	boolean mute(OrganizationId organization, UUID masterclassId, UUID registrationId, UUID by) {
		return jdbc.sql("""
				insert into masterclass_mutes (organization_id, masterclass_id, registration_id, muted_by)
				select organization_id, masterclass_id, id, ? from masterclass_registrations
				where organization_id = ? and masterclass_id = ? and id = ?
				on conflict do nothing
				""").params(by, organization.value(), masterclassId, registrationId).update() > 0
				|| muted(organization, masterclassId, registrationId);
	}

	void unmute(OrganizationId organization, UUID masterclassId, UUID registrationId) {
		jdbc.sql("delete from masterclass_mutes where organization_id = ? and masterclass_id = ? and registration_id = ?")
			.params(organization.value(), masterclassId, registrationId).update();
	}

	private static ChatMessage message(ResultSet rs, int row) throws SQLException {
		UUID registration = rs.getObject("registration_id", UUID.class);
		return new ChatMessage(rs.getObject("id", UUID.class), registration, rs.getString("author_name"), rs.getString("body"),
				registration == null, rs.getBoolean("is_question"), instant(rs.getTimestamp("answered_at")),
				rs.getBoolean("pinned"), rs.getInt("media_seconds"), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("deleted_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
