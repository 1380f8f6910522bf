package com.growthhub.messaging.internal.lines;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

@Repository
class LineRepository {

	static final String COLUMNS = """
			id, assigned_user_id, phone_number, email_address, display_name, picture_file_id, status, failure,
			provisioning_submitted_at, estimated_ready_at, activated_at, billing_type, daily_new_conversations_limit,
			daily_messages_limit, created_at
			""";

	private final JdbcClient jdbc;

	LineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LineView> list(OrganizationId organization) {
		return jdbc.sql("select " + COLUMNS + " from lines where organization_id = ? order by created_at, id")
			.param(organization.value()).query(LineView.class).list();
	}

	Optional<LineView> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from lines where organization_id = ? and id = ?")
			.params(organization.value(), id).query(LineView.class).optional();
	}

	/** The line row locked for a change, so a delete and a send on it do not cross. */
	Optional<LineView> lock(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from lines where organization_id = ? and id = ? for update")
			.params(organization.value(), id).query(LineView.class).optional();
	}

	void insert(OrganizationId organization, UUID id, LineDraft draft, BillingType billing, LineStatus status,
			java.time.Instant estimatedReadyAt, String provider, UUID createdBy, int conversationsLimit, int messagesLimit) {
		jdbc.sql("""
				insert into lines (id, organization_id, assigned_user_id, phone_number, email_address, display_name,
				  picture_file_id, status, estimated_ready_at, activated_at, billing_type, provider,
				  daily_new_conversations_limit, daily_messages_limit, created_by)
				values (:id, :org, :assigned, :phone, :email, :name, :picture, :status, :ready,
				  case when :status = 'ACTIVE' then now() end, :billing, :provider, :conversations, :messages, :createdBy)
				""")
			.param("id", id)
			.param("org", organization.value())
			.param("assigned", draft.assignedUserId())
			.param("phone", draft.phoneNumber())
			.param("email", draft.emailAddress())
			.param("name", draft.displayName())
			.param("picture", draft.pictureFileId())
			.param("status", status.name())
			.param("ready", java.sql.Timestamp.from(estimatedReadyAt))
			.param("billing", billing.name())
			.param("provider", provider)
			.param("conversations", conversationsLimit)
			.param("messages", messagesLimit)
			.param("createdBy", createdBy)
			.update();
	}

	void update(OrganizationId organization, LineView line) {
		jdbc.sql("""
				update lines set assigned_user_id = :assigned, email_address = :email, display_name = :name,
				  picture_file_id = :picture, daily_new_conversations_limit = :conversations,
				  daily_messages_limit = :messages, updated_at = now()
				where organization_id = :org and id = :id
				""")
			.param("assigned", line.assignedUserId())
			.param("email", line.emailAddress())
			.param("name", line.displayName())
			.param("picture", line.pictureFileId())
			.param("conversations", line.dailyNewConversationsLimit())
			.param("messages", line.dailyMessagesLimit())
			.param("org", organization.value())
			.param("id", line.id())
			.update();
	}

	void markActive(OrganizationId organization, UUID id, @org.jspecify.annotations.Nullable String providerId) {
		jdbc.sql("""
				update lines set status = 'ACTIVE', activated_at = now(), failure = null, updated_at = now(),
				  provider_id = coalesce(?, provider_id)
				where organization_id = ? and id = ?
				""").params(providerId, organization.value(), id).update();
	}

	void markFailed(OrganizationId organization, UUID id, String failure) {
		jdbc.sql("update lines set status = 'FAILED', failure = ?, updated_at = now() where organization_id = ? and id = ?")
			.params(failure.length() > 500 ? failure.substring(0, 500) : failure, organization.value(), id).update();
	}

	void delete(OrganizationId organization, UUID id) {
		jdbc.sql("delete from lines where organization_id = ? and id = ?").params(organization.value(), id).update();
	}
}
